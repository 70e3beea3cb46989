// Placeholder replaced by the module's owner in this change.
export default function TopicPage() {
  return null;
}
