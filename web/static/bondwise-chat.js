/* Bondwise chat: quick exit, privacy notice, "delete conversation", and the widget.
 *
 * Works on Bondwise's own page and embedded in a host site:
 *   <div id="bondwise-chat" data-server="https://bot.example.org"></div>
 *   <script src="https://bot.example.org/chat/static/react.js"></script>
 *   <script src="https://bot.example.org/chat/static/react-dom.js"></script>
 *   <script src="https://bot.example.org/chat/static/webchat.js"></script>
 *   <script src="https://bot.example.org/chat/static/bondwise-chat.js"></script>
 * No inline script (the page's Content-Security-Policy forbids it), nothing loaded from
 * other sites, and the conversation kept in sessionStorage (gone when the tab closes).
 */
(function () {
  "use strict";
  var STORAGE_KEY = "chat_session"; // rasa-webchat's key
  var DEFAULT_EXIT = "https://www.bbc.co.uk/weather";
  var root = document.getElementById("bondwise-chat");
  if (!root) { return; }
  var server = (root.getAttribute("data-server") || window.location.origin).replace(/\/$/, "");
  var exitUrl = root.getAttribute("data-quick-exit") || DEFAULT_EXIT;

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text) { node.textContent = text; }
    return node;
  }

  function clearStored() {
    try { window.sessionStorage.removeItem(STORAGE_KEY); } catch (e) { /* storage off */ }
    try { window.localStorage.removeItem(STORAGE_KEY); } catch (e) { /* storage off */ }
  }

  // After quick exit or "forget", the widget may still write its state on the way out;
  // clear again as the page goes.
  var leaving = false;
  window.addEventListener("pagehide", function () { if (leaving) { clearStored(); } });

  function afterForget() {
    if (leaving) { return; }
    leaving = true;
    clearStored();
    // A moment to read the confirmation, then a fresh, empty chat.
    window.setTimeout(function () { clearStored(); window.location.reload(); }, 1500);
  }

  function quickExit() {
    leaving = true;
    clearStored();
    // replace(): the chat page leaves the tab's back-button history.
    window.location.replace(exitUrl);
  }

  function sessionToken() {
    try {
      var stored = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) || "{}");
      return stored.session_id || null;
    } catch (e) { return null; }
  }

  function forgetConversation() {
    var token = sessionToken();
    if (!token) { afterForget(); return; }
    var failed = function () {
      status.textContent = "Sorry, the conversation could not be deleted just now. " +
        "Please try again, or type /forget in the chat.";
    };
    fetch(server + "/chat/forget", {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ session_id: token }), credentials: "omit"
    }).then(function (reply) { if (reply.ok) { afterForget(); } else { failed(); } }, failed);
  }

  // Quick exit: always visible, first in the tab order, and Escape pressed three times.
  // Our page has it as a plain link (works without script); an embedding page gets one.
  var exitButton = document.querySelector(".bw-quick-exit");
  if (!exitButton) {
    exitButton = el("a", { href: exitUrl, rel: "noreferrer", "class": "bw-button bw-quick-exit",
      "aria-label": "Quick exit: leave this page now" }, "Quick exit");
    document.body.insertBefore(exitButton, document.body.firstChild);
  }
  exitButton.addEventListener("click", function (event) { event.preventDefault(); quickExit(); });
  var escapes = [];
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    var now = Date.now();
    escapes = escapes.filter(function (t) { return now - t < 2000; });
    escapes.push(now);
    if (escapes.length >= 3) { quickExit(); }
  });

  root.appendChild(el("p", { "class": "bw-notice bw-privacy" },
    "Privacy: your messages are stored on our server so staff can check the service is safe, " +
    "until you delete them (type /forget or press \u201cDelete this conversation\u201d)."));
  root.appendChild(el("p", { "class": "bw-notice bw-exit-note" },
    "Quick exit (or Esc three times) clears this chat from this tab and opens a weather site; " +
    "it does not erase your browser history."));
  var actions = el("div", { "class": "bw-actions" });
  var forgetButton = el("button", { type: "button", "class": "bw-button bw-forget" },
    "Delete this conversation");
  forgetButton.addEventListener("click", forgetConversation);
  actions.appendChild(forgetButton);
  var status = el("p", { "class": "bw-notice bw-status", role: "status" });
  actions.appendChild(status);
  root.appendChild(actions);
  var widget = el("div", { id: "bondwise-widget", "class": "bw-widget",
    role: "region", "aria-label": "Chat with Bondwise" });
  root.appendChild(widget);

  // Keyboard and screen readers: rasa-webchat draws answer buttons as plain <div>s and its
  // send button as an unlabelled icon; make them real buttons for both.
  function makeButton(node) {
    node.setAttribute("role", "button");
    node.setAttribute("tabindex", "0");
    node.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); node.click(); }
    });
  }

  new MutationObserver(function () {
    Array.prototype.forEach.call(widget.querySelectorAll(".rw-reply:not([role])"), makeButton);
    var send = widget.querySelector(".rw-send");
    if (send && !send.getAttribute("aria-label")) { send.setAttribute("aria-label", "Send"); }
    var input = widget.querySelector("textarea, input[type=text]");
    if (input && !input.getAttribute("aria-label")) {
      input.setAttribute("aria-label", "Type your message");
    }
    var log = widget.querySelector(".rw-messages-container");
    if (log && !log.getAttribute("role")) {
      log.setAttribute("role", "log");
      log.setAttribute("aria-live", "polite");
    }
  }).observe(widget, { childList: true, subtree: true });

  var props = {
    initPayload: "/greet",
    socketUrl: server,
    socketPath: "/socket.io/",
    title: "Bondwise",
    subtitle: "A bot, not a crisis service",
    inputTextFieldHint: "Type a message",
    embedded: true,
    showMessageDate: false,
    hideWhenNotConnected: false,
    params: { storage: "session" },
    customMessageDelay: function () { return 150; },
    onSocketEvent: { bondwise_forgotten: afterForget }
  };
  window.ReactDOM.render(window.React.createElement(window.WebChat.default, props), widget);
})();
