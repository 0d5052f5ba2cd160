/** Says plainly what these links are for: the key ships with the app, so they are not a secure exam. */
export function Disclaimer() {
  return (
    <p className="no-print max-w-prose rounded-md border border-slate-300 bg-slate-50 p-3 text-sm dark:border-slate-700 dark:bg-slate-900">
      Assignment links suit practice and formative assessment. The answer key ships inside the app, so a determined
      student can find it: this is not a secure exam. Students hand in a result code themselves; nothing is sent to a
      server unless you choose to collect results automatically.
    </p>
  );
}
