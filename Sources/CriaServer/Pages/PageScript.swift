/// The one script, served from `/assets/cria.js`. The page works without it: it only
/// highlights the drop area while a file is dragged over it. (Filters are not applied on
/// change: a page that navigates when a choice changes surprises screen-reader users.)
enum PageScript {
    static let javascript = """
        (function () {
          document.querySelectorAll('[data-drop]').forEach(function (zone) {
            ['dragenter', 'dragover'].forEach(function (name) {
              zone.addEventListener(name, function () { zone.classList.add('over'); });
            });
            ['dragleave', 'drop'].forEach(function (name) {
              zone.addEventListener(name, function () { zone.classList.remove('over'); });
            });
          });
        })();
        """
}
