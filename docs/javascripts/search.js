// Material's search reads its field on "keyup" only, so text that arrives without a key release
// (Hangul from an input method, a paste from the context menu, dictation, a headless browser's
// typing) was not searched until the next key: 역전파 found nothing, "역전파 " found 4 pages.
// Every input to the field is passed on as a keyup of the field itself (it does not bubble).
document.addEventListener("input", (event) => {
  if (event.target instanceof HTMLInputElement && event.target.matches(".md-search__input")) {
    event.target.dispatchEvent(new KeyboardEvent("keyup"));
  }
});
