/* Zoeken: een heel woord telt zwaarder dan een langer woord dat ermee begint.
   Material zoekt elk woord als voorvoegsel ("bang" vindt ook "Bangkok"), en een zeldzaam
   langer woord scoort dan hoger dan het woord zelf. Dit script herschrijft de zoekvraag
   voordat die naar de zoekfunctie (een web worker) gaat: "bang" wordt "bang^100 bang",
   en een woord van 6 letters of meer zoekt ook met één tikfout ("omgangsregling~1").
   Vragen met eigen zoektekens (" + - ~ ^ * :) blijven zoals ze zijn.
   Zonder dit script werkt zoeken ook, alleen minder precies.
   Daarnaast: markeringen van zoekwoorden alleen in hele woorden (zie heelWoord). */
(function () {
  "use strict";
  var ZWAAR = 100, TIKFOUT_VANAF = 6;

  function herschrijf(vraag) {
    if (/["+~^*:]|(^|\s)-/.test(vraag)) return vraag;
    return vraag.trim().split(/\s+/).map(function (woord) {
      if (!/^[\p{L}\p{N}']{2,}$/u.test(woord)) return woord;
      var delen = [woord + "^" + ZWAAR, woord];
      if (woord.length >= TIKFOUT_VANAF) delen.push(woord + "~1");
      return delen.join(" ");
    }).join(" ");
  }

  if (typeof module !== "undefined") { module.exports = herschrijf; return; }  /* voor de zoektest in Node */

  /* Markeren in hele woorden. Material markeert een zoekwoord ook midden in een woord
     ("in" in "pagina"), in de zoekresultaten en op de pagina na een klik. Een markering
     midden in een woord gaat weg; een markering aan het begin van een woord groeit tot het
     hele woord ("bezoek" markeert "bezoekregels"), behalve bij korte woorden: "in" markeert
     alleen het woord "in", niet "inrichting". */
  var LETTER = /[\p{L}\p{N}]$/u, WOORDREST = /^[\p{L}\p{N}]+/u, KORT = 4;

  function vorigTeken(knoop) {
    for (var k = knoop.previousSibling; k; k = k.previousSibling) {
      var t = k.textContent || "";
      if (t) return t.slice(-1);
    }
    return "";
  }

  function heelWoord(mark) {
    if (!mark.parentNode || mark.hasAttribute("data-hr-heel")) return;
    var na0 = mark.nextSibling, volgend = na0 ? (na0.textContent || "").charAt(0) : "";
    if (LETTER.test(vorigTeken(mark)) || (mark.textContent.length < KORT && LETTER.test(volgend))) {
      var ouder = mark.parentNode;
      mark.replaceWith(document.createTextNode(mark.textContent));
      ouder.normalize();
      return;
    }
    mark.setAttribute("data-hr-heel", "");
    /* De rest van het woord erbij, ook als Material er nog een markering in zette ("in|richt|in|gen"). */
    for (var na = mark.nextSibling; na; na = mark.nextSibling) {
      if (na.nodeType === 1 && na.matches("mark[data-md-highlight]")) {
        mark.appendChild(document.createTextNode(na.textContent));
        na.remove();
        continue;
      }
      var rest = na.nodeType === 3 && na.data.match(WOORDREST);
      if (!rest) break;
      mark.appendChild(document.createTextNode(rest[0]));
      na.data = na.data.slice(rest[0].length);
      if (na.data) break;
      na.remove();
    }
    mark.normalize();
  }

  function markeringen(wortel) {
    if (wortel.nodeType !== 1) return;
    if (wortel.matches("mark[data-md-highlight]")) heelWoord(wortel);
    else wortel.querySelectorAll("mark[data-md-highlight]").forEach(heelWoord);
  }

  if (window.MutationObserver) {
    new MutationObserver(function (wijzigingen) {
      wijzigingen.forEach(function (w) { w.addedNodes.forEach(markeringen); });
    }).observe(document.documentElement, { childList: true, subtree: true });
  }
  if (document.body) markeringen(document.body);  /* wat Material al markeerde voordat dit script liep */

  /* Material stuurt {type: 2, data: vraag} naar de worker; in de offline-editie is Worker de iframe-shim. */
  var Werker = window.Worker;
  if (!Werker || !Werker.prototype.postMessage) return;
  var origineel = Werker.prototype.postMessage;
  Werker.prototype.postMessage = function (bericht) {
    if (bericht && bericht.type === 2 && typeof bericht.data === "string") {
      bericht = { type: 2, data: herschrijf(bericht.data) };
    }
    return origineel.apply(this, [bericht].concat([].slice.call(arguments, 1)));
  };
})();
