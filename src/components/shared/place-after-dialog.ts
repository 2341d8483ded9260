/**
 * Where focus goes when a dialog that nothing opened (a share link, a dropped file) closes: not
 * back to the page itself, before everything, but to the annotations after something was added to
 * them (the sidebar's Annotations tab, its first, selected when another was, so the new
 * annotations are shown, not the orphans; when it is shown: on a phone it is in a closed drawer),
 * and to the paper otherwise, where keyboard reading and selecting go on.
 */
export function placeAfterDialog(added: boolean): HTMLElement | null {
  const tab = added ? document.querySelector<HTMLElement>('.sidebar [role="tab"]') : null;
  // `checkVisibility` is Chromium's, Firefox's and Safari's; a test DOM without it shows all.
  const shown = tab?.checkVisibility?.({ visibilityProperty: true }) ?? true;
  if (tab && shown) {
    // Selecting a tab is clicking it (the WAI-ARIA tabs pattern the sidebar follows).
    if (tab.getAttribute('aria-selected') !== 'true') tab.click();
    return tab;
  }
  return document.querySelector<HTMLElement>('article.paper');
}
