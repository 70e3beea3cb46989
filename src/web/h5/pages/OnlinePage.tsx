// Placeholder replaced by the feature's owner in this change.
export function OnlinePage({ code }: { code: string }) {
  return <main className="page">{code}</main>;
}
