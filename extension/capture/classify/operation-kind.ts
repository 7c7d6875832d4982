// Whether an AWS operation changes anything, judged from its name. AWS names read-only operations with
// a small set of verbs (https://docs.aws.amazon.com/general/latest/gr/api-naming.html is not normative,
// so this list is the convention seen across the service models); CloudTrail's `readOnly` flag stays the
// ground truth and the confirmation module can override this guess.
const READ_PREFIXES = [
  'Get', 'List', 'Describe', 'Head', 'Search', 'Query', 'Scan', 'BatchGet', 'Lookup', 'Validate',
  'Preview', 'Simulate', 'Estimate', 'Check', 'Select', 'Download', 'Filter', 'Receive', 'Poll',
  'Verify', 'Decrypt', 'Encrypt', 'GenerateDataKey', 'GenerateRandom', 'GenerateMac', 'Sign', 'Assume',
  'Test', 'Detect', 'Count', 'Evaluate', 'Compare', 'View',
] as const;

/** True when the operation name reads like a resource change (anything not starting with a read verb). */
export function isMutatingOperationName(operation: string): boolean {
  for (const prefix of READ_PREFIXES) {
    if (!operation.startsWith(prefix)) continue;
    const next = operation.charAt(prefix.length);
    // "Get" must be followed by a word boundary: "Getaway" is not a read, "GetItem" and "Get" are.
    if (next === '' || (next >= 'A' && next <= 'Z') || (next >= '0' && next <= '9')) return false;
  }
  return true;
}
