// A dedicated worker making one API call; content scripts do not run here, only webRequest sees it.
self.onmessage = async (ev) => {
  const { url, target, body, auth } = ev.data;
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': target, authorization: auth },
      body,
    });
    await res.text(); // as an SDK does: the call is complete once its body is read
    self.postMessage({ status: res.status });
  } catch (e) {
    self.postMessage({ status: 0, error: String(e) });
  }
};
