/* Zelfscan: scores per pillar, a profile and an action list, computed in the browser.
   Answers are kept only in this browser's localStorage, and "Wis mijn antwoorden"
   removes them. Nothing is sent anywhere. Without JavaScript the form is a checklist. */
(function () {
  "use strict";
  var SLEUTEL = "handreiking-zelfscan-antwoorden";

  function start() {
    var form = document.querySelector("form.hr-zelfscan");
    if (!form) return;
    var knoppen = document.querySelector(".hr-zelfscan__knoppen");
    var resultaat = document.getElementById("zelfscan-resultaat");
    var max = parseInt(form.getAttribute("data-max-score"), 10) || 3;

    function antwoorden() {
      var uit = {};
      form.querySelectorAll("input[type=radio]:checked").forEach(function (r) { uit[r.name] = r.value; });
      return uit;
    }
    function bewaar() {
      try { localStorage.setItem(SLEUTEL, JSON.stringify(antwoorden())); } catch (e) { /* opslag uit: geen probleem */ }
    }
    function herstel() {
      var data = {};
      try { data = JSON.parse(localStorage.getItem(SLEUTEL) || "{}"); } catch (e) { data = {}; }
      Object.keys(data).forEach(function (naam) {
        var r = form.querySelector('input[name="' + CSS.escape(naam) + '"][value="' + CSS.escape(String(data[naam])) + '"]');
        if (r) r.checked = true;
      });
    }
    function el(tag, klasse, tekst) {
      var e = document.createElement(tag);
      if (klasse) e.className = klasse;
      if (tekst !== undefined) e.textContent = tekst;
      return e;
    }
    function toon() {
      var gegeven = antwoorden();
      var profiel = resultaat.querySelector(".hr-zelfscan__profiel");
      var acties = resultaat.querySelector(".hr-zelfscan__acties");
      profiel.textContent = "";
      acties.textContent = "";
      var totaal = 0, beantwoord = 0;
      form.querySelectorAll(".hr-zelfscan__pijler").forEach(function (sectie) {
        var stellingen = Array.prototype.slice.call(sectie.querySelectorAll(".hr-stelling"));
        var scores = stellingen.map(function (s) {
          var v = gegeven[s.getAttribute("data-id")];
          return { stelling: s, score: v === undefined ? null : parseInt(v, 10) };
        });
        var ingevuld = scores.filter(function (x) { return x.score !== null; });
        totaal += stellingen.length; beantwoord += ingevuld.length;
        var som = ingevuld.reduce(function (a, x) { return a + x.score; }, 0);
        var procent = ingevuld.length ? Math.round(100 * som / (ingevuld.length * max)) : 0;
        var titel = "Pijler " + sectie.getAttribute("data-pijler") + ": " + sectie.getAttribute("data-titel");

        var rij = el("div", "hr-profiel__rij");
        rij.setAttribute("data-pijler", sectie.getAttribute("data-pijler"));  /* de kleur van de pijler */
        rij.appendChild(el("span", "hr-profiel__naam", titel));
        var balk = el("div", "hr-profiel__balk");
        balk.setAttribute("role", "img");
        balk.setAttribute("aria-label", titel + ": " + procent + " procent");
        var vulling = el("div", "hr-profiel__vulling");
        vulling.style.width = procent + "%";
        balk.appendChild(vulling);
        rij.appendChild(balk);
        rij.appendChild(el("span", "hr-profiel__score", ingevuld.length ? procent + "%" : "–"));
        profiel.appendChild(rij);

        var laagste = ingevuld.filter(function (x) { return x.score < max; })
          .sort(function (a, b) { return a.score - b.score; }).slice(0, 3);
        var kop = el("h4", null, titel);
        acties.appendChild(kop);
        if (!ingevuld.length) { acties.appendChild(el("p", null, "Nog geen stellingen beantwoord.")); return; }
        if (!laagste.length) { acties.appendChild(el("p", null, "Alles staat op het hoogste niveau. Houd het vast met de stappen voor borging.")); return; }
        var lijst = el("ol");
        laagste.forEach(function (x) {
          /* "Lees: Kindvriendelijk bezoek (pijler 1) · stap 5": elke link zegt waar hij heen gaat. */
          var s = x.stelling, li = el("li");
          li.appendChild(el("span", null, s.querySelector(".hr-stelling__tekst").textContent + " "));
          var lees = el("span", "hr-zelfscan__lees", "Lees: ");
          var a1 = el("a", null, (s.getAttribute("data-bouwsteen-naam") || "de bouwsteen") +
                      " (pijler " + s.getAttribute("data-pijler") + ")");
          a1.href = s.getAttribute("data-bouwsteen");
          var nr = s.getAttribute("data-stap-nummer");
          var a2 = el("a", null, nr ? "stap " + nr : "het stappenplan");
          a2.href = s.getAttribute("data-stap");
          lees.appendChild(a1); lees.appendChild(el("span", null, " · ")); lees.appendChild(a2);
          li.appendChild(lees);
          lijst.appendChild(li);
        });
        acties.appendChild(lijst);
      });
      resultaat.querySelector(".hr-zelfscan__status").textContent =
        "Je hebt " + beantwoord + " van de " + totaal + " stellingen beantwoord. " +
        "De score per pijler is het gemiddelde van je antwoorden, als percentage van het hoogste niveau.";
      resultaat.hidden = false;
      teller(beantwoord, totaal);
    }

    /* Waar ben je: een vaste regel onderaan het scherm, ook voor schermlezers (role=status). */
    var tellerRegel = document.querySelector(".hr-zelfscan__teller");
    var secties = Array.prototype.slice.call(form.querySelectorAll(".hr-zelfscan__pijler"));
    var huidig = secties[0];
    function teller(beantwoord, totaal) {
      if (!tellerRegel) return;
      if (beantwoord === undefined) {
        var alle = form.querySelectorAll(".hr-stelling");
        totaal = alle.length;
        beantwoord = Object.keys(antwoorden()).length;
      }
      var tekst = "Pijler " + (secties.indexOf(huidig) + 1) + " van " + secties.length + " · " +
        beantwoord + " van " + totaal + " stellingen beantwoord";
      if (tellerRegel.textContent !== tekst) tellerRegel.textContent = tekst;
      tellerRegel.hidden = false;
    }
    form.addEventListener("focusin", function (e) {
      var sectie = e.target.closest(".hr-zelfscan__pijler");
      if (sectie && sectie !== huidig) { huidig = sectie; teller(); }
    });

    herstel();
    knoppen.hidden = false;
    toon();
    form.addEventListener("change", function () { bewaar(); toon(); });
    knoppen.querySelector('[data-actie="print"]').addEventListener("click", function () { window.print(); });
    knoppen.querySelector('[data-actie="wis"]').addEventListener("click", function () {
      try { localStorage.removeItem(SLEUTEL); } catch (e) { /* niets bewaard */ }
      form.reset();
      toon();
      resultaat.querySelector(".hr-zelfscan__status").textContent = "Je antwoorden zijn gewist, ook uit de opslag van deze browser.";
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
