// A job description in the Markdown subset of src/lib/markdown.ts, as React elements (never as injected HTML).
import { Fragment, useMemo } from 'react';
import { parseMarkdown, type Inline } from '@/lib/markdown';

function InlineNodes({ nodes }: { nodes: Inline[] }) {
  return nodes.map((node, i) =>
    node.type === 'text' ? (
      <Fragment key={i}>{node.text}</Fragment>
    ) : node.type === 'strong' ? (
      <strong key={i} className="font-semibold text-slate-900">
        <InlineNodes nodes={node.children} />
      </strong>
    ) : (
      <a key={i} href={node.href} rel="nofollow noopener noreferrer" className="font-medium text-indigo-700 underline hover:text-indigo-900">
        <InlineNodes nodes={node.children} />
      </a>
    ),
  );
}

export function Markdown({ source, className }: { source: string; className?: string }) {
  const blocks = useMemo(() => parseMarkdown(source), [source]);
  return (
    <div className={className}>
      {blocks.map((block, i) =>
        block.type === 'paragraph' ? (
          <p key={i}>
            {block.lines.map((line, j) => (
              <Fragment key={j}>
                {j > 0 && <br />}
                <InlineNodes nodes={line} />
              </Fragment>
            ))}
          </p>
        ) : (
          <ul key={i} className="list-disc space-y-1 pl-6">
            {block.items.map((item, j) => (
              <li key={j}>
                <InlineNodes nodes={item} />
              </li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
