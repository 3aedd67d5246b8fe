/* Praktijkvoorbeelden: de lijst filteren op pijler, rol en soort.
   De tabel op de overzichtspagina (handreiking/web/praktijkvoorbeelden.py) staat er zonder
   JavaScript helemaal; dit script zet er drie keuzelijsten boven, gemaakt uit de kolommen
   van de tabel zelf, en verbergt de rijen die niet passen. Geen framework, geen internet. */
(function () {
  "use strict";

  function waarden(cel, kolom) {
    var tekst = cel.textContent.trim();
    if (kolom === "Pijler") return tekst.split(/\s*,\s*/).filter(Boolean).map(function (n) { return "Pijler " + n; });
    if (kolom === "Voor wie") return tekst.split(/\s*,\s*/).filter(Boolean);
    return [tekst];
  }

  function start() {
    var vak = document.querySelector(".hr-voorbeelden");
    var tabel = vak && vak.querySelector("table");
    if (!tabel) return;
    var koppen = Array.prototype.map.call(tabel.querySelectorAll("thead th"), function (th) { return th.textContent.trim(); });
    var rijen = Array.prototype.slice.call(tabel.querySelectorAll("tbody tr"));
    var filters = [["Pijler", "Alle pijlers"], ["Voor wie", "Alle rollen"], ["Soort", "Praktijk en casus"]];
    var balk = document.createElement("div");
    balk.className = "hr-filter";
    balk.setAttribute("role", "group");
    balk.setAttribute("aria-label", "Filter de voorbeelden");
    var keuzes = [];
    filters.forEach(function (f, i) {
      var kolom = koppen.indexOf(f[0]);
      if (kolom < 0) return;
      var opties = [];
      rijen.forEach(function (tr) {
        waarden(tr.children[kolom], f[0]).forEach(function (w) { if (opties.indexOf(w) < 0) opties.push(w); });
      });
      opties.sort(function (a, b) { return a.localeCompare(b, "nl"); });
      var label = document.createElement("label");
      var id = "hr-filter-" + i;
      label.setAttribute("for", id);
      label.textContent = f[0] === "Voor wie" ? "Rol" : f[0];
      var select = document.createElement("select");
      select.id = id;
      [f[1]].concat(opties).forEach(function (w, j) {
        var o = document.createElement("option");
        o.value = j ? w : "";
        o.textContent = w;
        select.appendChild(o);
      });
      var paar = document.createElement("div");
      paar.appendChild(label);
      paar.appendChild(select);
      balk.appendChild(paar);
      keuzes.push({ kolom: kolom, naam: f[0], select: select });
    });
    var teller = document.createElement("p");
    teller.className = "hr-filter__teller";
    teller.setAttribute("role", "status");
    balk.appendChild(teller);
    vak.insertBefore(balk, vak.firstChild);

    function filter() {
      var zichtbaar = 0;
      rijen.forEach(function (tr) {
        var past = keuzes.every(function (k) {
          return !k.select.value || waarden(tr.children[k.kolom], k.naam).indexOf(k.select.value) >= 0;
        });
        tr.hidden = !past;
        if (past) zichtbaar += 1;
      });
      teller.textContent = zichtbaar === rijen.length ? "Alle " + rijen.length + " voorbeelden"
        : zichtbaar + " van de " + rijen.length + " voorbeelden";
    }
    keuzes.forEach(function (k) { k.select.addEventListener("change", filter); });
    filter();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
