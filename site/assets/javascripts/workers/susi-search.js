/* Material's search worker, with Danish stemming of what a reader types.

   Material adds a trailing wildcard to every word typed ("familien" → "familien*"), and
   lunr runs no pipeline on a wildcard term, so the Danish stemmer never meets the query
   while the index holds stems: "familien" and "familie" found different pages. Here each
   such term is stemmed first ("famili*"), so both find the same. Loaded in Material's
   place by site/overrides/main.html, which passes the worker's file name. */
(function () {
  "use strict";
  var name = new URL(self.location.href).searchParams.get("worker") || "";
  if (!/^search\.[0-9a-f]+\.min\.js$/.test(name)) throw new Error("unknown search worker: " + name);
  importScripts(name);
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
})();
