// The SPARQL query page's progressive enhancement (served as /assets/query.js; the page
// works without it). It shows the result-format selector; a format other than the HTML
// table is fetched from /sparql with that Accept header and shown as text, with a
// download link. Ctrl+Enter (Cmd+Enter) in the editor runs the query.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("query-form");
  const editor = document.getElementById("query");
  const choice = document.getElementById("format-choice");
  const format = document.getElementById("format");
  const output = document.getElementById("raw-output");
  const raw = document.getElementById("raw");
  const download = document.getElementById("raw-download");
  if (!form || !editor || !format) {
    return;
  }
  choice.hidden = false;
  editor.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  form.addEventListener("submit", async (event) => {
    if (format.value === "text/html") {
      return;
    }
    event.preventDefault();
    const url = "/sparql?query=" + encodeURIComponent(editor.value);
    const response = await fetch(url, { headers: { Accept: format.value } });
    const text = await response.text();
    raw.textContent = response.ok ? text : response.status + " " + text;
    if (download.href) {
      URL.revokeObjectURL(download.href);
    }
    const type = response.headers.get("Content-Type") || "text/plain";
    download.href = URL.createObjectURL(new Blob([text], { type }));
    download.hidden = !response.ok;
    output.hidden = false;
    output.scrollIntoView();
  });
});
