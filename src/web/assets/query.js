// The SPARQL query page's progressive enhancement (served as /assets/query.js; the page
// works without it). It shows the result-format selector; a format other than the HTML
// table is fetched from /sparql with that Accept header and shown as text, with a
// download link, and a failed fetch shows its error next to the editor. A query whose
// GET link would pass the server's URL limit (the form's data-url-limit, in bytes) is
// sent by form POST, by the form and by the fetch alike; short queries keep GET and their
// shareable links. Ctrl+Enter (Cmd+Enter) in the editor runs the query.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("query-form");
  const editor = document.getElementById("query");
  const choice = document.getElementById("format-choice");
  const format = document.getElementById("format");
  const output = document.getElementById("raw-output");
  const raw = document.getElementById("raw");
  const download = document.getElementById("raw-download");
  const postChoice = document.getElementById("post-choice");
  const errorBox = document.getElementById("query-error");
  const errorText = document.getElementById("error-text");
  const queryDownload = document.getElementById("query-download");
  if (!form || !editor || !format) {
    return;
  }
  const limit = Number(form.dataset.urlLimit) || 0;
  choice.hidden = false;
  // the script picks GET or POST itself, so the page's POST button is not needed
  if (postChoice) {
    postChoice.hidden = true;
  }

  // The form's parameters, encoded as the browser encodes them (line breaks as CR LF).
  const parameters = () => {
    const params = new URLSearchParams();
    params.set("query", editor.value.replace(/\r?\n/g, "\r\n"));
    return params;
  };
  // Whether the GET request target of these parameters would pass the server's limit
  // (the encoded form is ASCII, so its length in characters is its length in bytes).
  const tooLong = (params) => {
    const target = form.getAttribute("action") + "?" + params.toString();
    return limit > 0 && target.length > limit;
  };
  const showError = (message) => {
    errorText.textContent = message;
    errorBox.hidden = false;
    errorBox.scrollIntoView();
  };

  // a query too long to share is offered as a .rq file made from the editor
  if (queryDownload) {
    queryDownload.hidden = false;
    queryDownload.addEventListener("click", () => {
      if (queryDownload.href) {
        URL.revokeObjectURL(queryDownload.href);
      }
      const file = new Blob([editor.value], { type: "application/sparql-query" });
      queryDownload.href = URL.createObjectURL(file);
    });
  }

  editor.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  form.addEventListener("submit", async (event) => {
    const params = parameters();
    const long = tooLong(params);
    if (format.value === "text/html") {
      // the browser navigates: GET keeps a shareable URL, POST carries a long query
      form.method = long ? "post" : "get";
      return;
    }
    event.preventDefault();
    const init = { headers: { Accept: format.value } };
    let url = form.getAttribute("action");
    if (long) {
      init.method = "POST";
      init.body = params; // sent as application/x-www-form-urlencoded;charset=UTF-8
    } else {
      url += "?" + params.toString();
    }
    let response;
    let text;
    try {
      response = await fetch(url, init);
      text = await response.text();
    } catch (error) {
      output.hidden = true;
      showError(String(error));
      return;
    }
    if (!response.ok) {
      output.hidden = true;
      showError(response.status + " " + text);
      return;
    }
    errorBox.hidden = true;
    raw.textContent = text;
    if (download.href) {
      URL.revokeObjectURL(download.href);
    }
    const type = response.headers.get("Content-Type") || "text/plain";
    download.href = URL.createObjectURL(new Blob([text], { type }));
    output.hidden = false;
    output.scrollIntoView();
  });
});
