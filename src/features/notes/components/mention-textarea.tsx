// A note box that offers the organisation's members after "@": Up/Down choose, Enter or Tab mentions, Escape closes.
// The textarea keeps the focus (aria-activedescendant), so typing never stops.
import { useId, useRef, useState } from 'react';
import { controlClass } from '@/components/ui/field';
import { insertMention, matchMembers, mentionAt } from '../mentions.ts';

type Member = { user_id: string; email: string };

type Props = Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'> & {
  value: string;
  onValueChange: (value: string) => void;
  members: readonly Member[];
  me: string;
  ref?: React.Ref<HTMLTextAreaElement | null>;
};

export function MentionTextarea({ value, onValueChange, members, me, onKeyDown, ref, className = '', ...textarea }: Props) {
  const own = useRef<HTMLTextAreaElement | null>(null);
  const listId = useId();
  const [caret, setCaret] = useState<number | null>(null);
  const [active, setActive] = useState(0);
  const [closedAt, setClosedAt] = useState<number | null>(null);
  const at = caret === null ? null : mentionAt(value, caret);
  const options =
    at && closedAt !== at.start
      ? matchMembers(
          members.filter((m) => m.user_id !== me),
          at.query,
        )
      : [];
  const open = options.length > 0;
  const current = Math.min(active, options.length - 1);

  const track = (el: HTMLTextAreaElement) => setCaret(el.selectionStart === el.selectionEnd ? el.selectionStart : null);
  const choose = (email: string) => {
    if (!at) return;
    const next = insertMention(value, at, email);
    onValueChange(next.text);
    setCaret(next.caret);
    requestAnimationFrame(() => own.current?.setSelectionRange(next.caret, next.caret));
  };

  return (
    <div className="relative">
      <textarea
        {...textarea}
        ref={(el) => {
          own.current = el;
          if (typeof ref === 'function') ref(el);
          else if (ref) ref.current = el;
        }}
        value={value}
        onChange={(e) => {
          onValueChange(e.target.value);
          track(e.target);
          setActive(0);
        }}
        onSelect={(e) => track(e.currentTarget)}
        onBlur={() => setCaret(null)}
        onKeyDown={(e) => {
          if (open && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
            e.preventDefault();
            setActive((current + (e.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length);
            return;
          }
          if (open && (e.key === 'Enter' || e.key === 'Tab') && !e.ctrlKey && !e.metaKey) {
            e.preventDefault();
            choose(options[current].email);
            return;
          }
          if (open && e.key === 'Escape') {
            e.preventDefault();
            setClosedAt(at!.start);
            return;
          }
          onKeyDown?.(e);
        }}
        aria-autocomplete="list"
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? `${listId}-${current}` : undefined}
        className={`${controlClass} ${className}`}
      />
      {open && (
        <ul
          id={listId}
          role="listbox"
          aria-label="Mention a member"
          className="absolute z-20 mt-1 w-full overflow-hidden rounded-md border border-slate-200 bg-white py-1 shadow-lg"
        >
          {options.map((m, i) => (
            <li
              key={m.user_id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === current}
              // Keep the textarea's focus and caret: choose on mousedown, before the blur.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(m.email);
              }}
              className={`cursor-pointer px-3 py-1.5 text-sm ${i === current ? 'bg-indigo-600 text-white' : 'text-slate-800 hover:bg-slate-100'}`}
            >
              {m.email}
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="sr-only">
        {open ? `${options.length} ${options.length === 1 ? 'member matches' : 'members match'}; Up and Down choose, Enter mentions.` : ''}
      </p>
    </div>
  );
}
