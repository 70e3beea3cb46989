// Placeholder replaced by the module's owner in this change.
export default function ConsultationPage() {
  return null;
}
