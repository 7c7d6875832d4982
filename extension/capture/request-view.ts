// The request as every capture path (page hook, webRequest, console envelope) hands it to the classifier.

export interface RequestView {
  /** Upper-case HTTP method. */
  method: string;
  /** Absolute URL. */
  url: string;
  /** Lower-case header names. */
  headers: Record<string, string>;
  /** Body decoded as UTF-8 text (form, JSON, XML), if textual. */
  bodyText?: string;
  /** Body bytes, base64, when it is binary (CBOR). */
  bodyBase64?: string;
  /** The capture cut the body at its size cap. */
  bodyTruncated?: boolean;
}

export function contentType(view: RequestView): string {
  return (view.headers['content-type'] ?? '').toLowerCase();
}
