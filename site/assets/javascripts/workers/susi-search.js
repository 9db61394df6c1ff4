/* Material's search worker, with Danish stemming of what a reader types.

   Material adds a trailing wildcard to every word typed ("familien" → "familien*"), and
   lunr runs no pipeline on a wildcard term, so the Danish stemmer never meets the query
   while the index holds stems: "familien" and "familie" found different pages. Here each
   such term is stemmed first ("famili*"), so both find the same. Loaded in Material's
   place by site/overrides/main.html, which passes the worker's file name as `?worker=`.

   Opened from disk (file://), Material runs its worker in an iframe through the
   iframe-worker shim: there `self.location` is the page's address, not this script's, so
   the name is read from this script's own `src` (to which the shim adds `?<time>`), and the
   shim's importScripts adds a script tag and returns a promise, so lunr is there only once
   that promise resolves (Material's worker awaits the shim the same way). */
(function () {
  "use strict";
  var shimmed = typeof parent !== "undefined" && parent !== self && "IFrameWorker" in parent;
  var own = shimmed ? document.currentScript.src : self.location.href;
  var found = /[?&]worker=(search\.[0-9a-f]+\.min\.js)(?:$|[?&#])/.exec(own);
  if (!found) throw new Error("unknown search worker: " + own);
  var loaded = importScripts(new URL(found[1], own).href);
  if (shimmed) Promise.resolve(loaded).then(stemQueries);
  else stemQueries();

  function stemQueries() {
    var query = lunr.Index.prototype.query;
    lunr.Index.prototype.query = function (build) {
      var pipeline = this.pipeline;
      return query.call(this, function (q) {
        build.call(q, q);
        q.clauses.forEach(function (clause) {
          var term = clause.term;
          if (clause.usePipeline || term.indexOf("*") !== term.length - 1) return;
          var stems = pipeline.runString(term.slice(0, -1), { fields: clause.fields });
          if (stems.length === 1 && stems[0]) clause.term = stems[0] + "*";
        });
      });
    };
  }
})();
