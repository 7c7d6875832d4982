// Makes a wrapper look like the function it replaces (name, length, toString), so page code that
// feature-detects native fetch/XHR ("[native code]") behaves exactly as without the extension.
export function disguise<T extends (...args: never[]) => unknown>(wrapper: T, original: (...args: never[]) => unknown): T {
  try {
    Object.defineProperty(wrapper, 'name', { value: original.name, configurable: true });
    Object.defineProperty(wrapper, 'length', { value: original.length, configurable: true });
    const nativeText = Function.prototype.toString.call(original);
    Object.defineProperty(wrapper, 'toString', { value: () => nativeText, configurable: true, writable: true });
  } catch {
    // a frozen function: leave it as it is
  }
  return wrapper;
}
