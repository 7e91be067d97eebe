/**
 * Saves text as a file in the browser: a Blob and a temporary object URL on a hidden link (no network, works
 * offline and from file://). The URL is revoked after the click has been handled.
 */
export function downloadText(fileName: string, mimeType: string, text: string): void {
  const blob = new Blob([text], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
