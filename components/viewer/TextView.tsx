// A text or HTML file shown as plain paragraphs, for PT Lens to read like any page.
export function TextView({ paragraphs }: { paragraphs: string[] }) {
  return (
    <article class="text-document">
      {paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </article>
  );
}
