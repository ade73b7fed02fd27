/** Why a shareable query URL (quick check, compare) could not be read, listed where it is announced. */
export function QueryErrorAlert({ title, messages, help }: { title: string; messages: readonly string[]; help: string }) {
  return (
    <div role="alert" className="form-error mt-6">
      <p className="font-semibold">{title}</p>
      <ul className="mt-1 list-disc pl-5">
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
      <p className="mt-1">{help}</p>
    </div>
  );
}
