/* Kleine verbeteringen per pagina. Zonder JavaScript werkt alles ook; dit maakt het beter:
   - de knop "Print deze pagina" op werkkaarten en hulpmiddelen (zonder JavaScript verborgen);
   - het volledige webadres van de pagina in de melding van een probleem en op papier;
   - tabellen met drie of meer kolommen worden op een telefoon kaarten (CSS doet de opmaak;
     hier komen de kolomkoppen bij elke waarde, en de tabelrollen, zodat een schermlezer
     het nog steeds als tabel leest);
   - een tabel die toch breder is dan het scherm krijgt een zin "Schuif ..." en is met het
     toetsenbord te schuiven (tabindex). */
(function () {
  "use strict";

  function printknoppen() {
    /* Heeft de pagina ook een losse pdf (handouts.py), dan staan beide knoppen op één rij. */
    var losblad = document.querySelector(".hr-losblad-link");
    document.querySelectorAll("[data-hr-print]").forEach(function (knop) {
      if (losblad) losblad.appendChild(knop);
      knop.hidden = false;
      knop.addEventListener("click", function () { window.print(); });
    });
  }

  function adres() {
    if (location.protocol === "file:") return;
    var hier = location.origin + location.pathname;
    document.querySelectorAll("[data-hr-adres]").forEach(function (e) { e.textContent = hier; });
    document.querySelectorAll("a[data-hr-melding]").forEach(function (a) {
      var url = new URL(a.href), pagina = url.searchParams.get("pagina");
      if (pagina) {
        url.searchParams.set("pagina", pagina.replace(/ — \S+ \(/, " — " + hier + " ("));
        a.href = url.toString();
      }
    });
  }

  function kaarten(tabel) {
    var koppen = Array.prototype.map.call(tabel.querySelectorAll("thead th"), function (th) {
      return th.textContent.trim();
    });
    if (koppen.length < 3) return;
    tabel.setAttribute("data-hr-kaarten", "");  /* geen class: Material stijlt alleen table:not([class]) */
    tabel.setAttribute("role", "table");
    tabel.querySelectorAll("thead, tbody").forEach(function (g) { g.setAttribute("role", "rowgroup"); });
    tabel.querySelectorAll("tr").forEach(function (tr) {
      tr.setAttribute("role", "row");
      Array.prototype.forEach.call(tr.children, function (cel, i) {
        var kop = cel.parentElement.parentElement.tagName === "THEAD";
        cel.setAttribute("role", kop ? "columnheader" : (cel.tagName === "TH" ? "rowheader" : "cell"));
        if (!kop && koppen[i]) cel.setAttribute("data-label", koppen[i]);
      });
    });
  }

  function schuifbaar(tabel) {
    var breed = tabel.scrollWidth > tabel.clientWidth + 1;
    var hint = tabel.previousElementSibling;
    var heeftHint = hint && hint.classList.contains("hr-schuifhint");
    if (breed) {
      tabel.setAttribute("data-hr-schuift", "");
      tabel.tabIndex = 0;
      if (!heeftHint) {
        hint = document.createElement("p");
        hint.className = "hr-schuifhint";
        hint.textContent = "De tabel is breder dan je scherm: schuif hem opzij om alles te zien";
        tabel.parentNode.insertBefore(hint, tabel);
      }
    } else {
      tabel.removeAttribute("data-hr-schuift");
      tabel.removeAttribute("tabindex");
      if (heeftHint) hint.remove();
    }
  }

  function tabellen() {
    document.querySelectorAll("article table:not([class])").forEach(kaarten);
    var alle = document.querySelectorAll("article table");
    var controleer = function () { alle.forEach(schuifbaar); };
    controleer();
    var wacht;
    window.addEventListener("resize", function () { clearTimeout(wacht); wacht = setTimeout(controleer, 150); });
    if (document.fonts && document.fonts.ready) document.fonts.ready.then(controleer);
  }

  function start() {
    printknoppen();
    adres();
    tabellen();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
