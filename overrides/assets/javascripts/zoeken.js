/* Zoeken: een heel woord telt zwaarder dan een langer woord dat ermee begint.
   Material zoekt elk woord als voorvoegsel ("bang" vindt ook "Bangkok"), en een zeldzaam
   langer woord scoort dan hoger dan het woord zelf. Dit script herschrijft de zoekvraag
   voordat die naar de zoekfunctie (een web worker) gaat: "bang" wordt "bang^100 bang",
   en een woord van 6 letters of meer zoekt ook met één tikfout ("omgangsregling~1").
   Vragen met eigen zoektekens (" + - ~ ^ * :) blijven zoals ze zijn.
   Zonder dit script werkt zoeken ook, alleen minder precies. */
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
