import { Search } from "lucide-react";
import { useId, useMemo, useState, type KeyboardEvent } from "react";
import type { Question } from "@/lib/framework/types";
import { cn } from "@/lib/utils";

const MAX_QUERY = 100;
const MAX_RESULTS = 8;

/** Questions whose id, title or prompt contain every word of the query, id and title matches first. */
function matches(questions: readonly Question[], query: string): Question[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const rank = (question: Question) => {
    const head = `${question.id} ${question.title}`.toLowerCase();
    const all = `${head} ${question.prompt}`.toLowerCase();
    if (!words.every((word) => all.includes(word))) return -1;
    return words.every((word) => head.includes(word)) ? 0 : 1;
  };
  return questions
    .map((question) => ({ question, rank: rank(question) }))
    .filter((entry) => entry.rank >= 0)
    .sort((a, b) => a.rank - b.rank)
    .slice(0, MAX_RESULTS)
    .map((entry) => entry.question);
}

/** A combobox over the questions: type, move with the arrow keys, Enter (or a click) jumps to the question. */
export function QuestionSearch({ questions, pillarName, onGo }: { questions: readonly Question[]; pillarName: (question: Question) => string; onGo: (questionId: string) => void }) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const results = useMemo(() => matches(questions, query), [questions, query]);
  const open = query.trim().length > 0;

  const choose = (question: Question | undefined) => {
    if (!question) return;
    setQuery("");
    onGo(question.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (results.length > 0) setActive((active + (event.key === "ArrowDown" ? 1 : results.length - 1)) % results.length);
    } else if (event.key === "Enter") {
      event.preventDefault();
      choose(results[active]);
    } else if (event.key === "Escape") {
      setQuery("");
    }
  };

  return (
    <div className="relative">
      <label htmlFor={`${id}-input`} className="sr-only">
        Search the questions
      </label>
      <Search className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden />
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        maxLength={MAX_QUERY}
        placeholder="Search questions"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open && results[active] ? `${id}-option-${results[active].id}` : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        className="flex h-9 w-full rounded-md border border-input bg-background py-1 pr-3 pl-8 text-sm shadow-xs placeholder:text-muted-foreground focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
      />
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label="Matching questions"
        className={cn("absolute top-full right-0 left-0 z-30 mt-1 max-h-80 overflow-y-auto rounded-md border border-border bg-popover p-1 text-sm text-popover-foreground shadow-lg", open ? "block" : "hidden")}
      >
        {results.map((question, index) => (
          // The input keeps focus and drives the options (aria-activedescendant); a click picks too.
          <li
            key={question.id}
            id={`${id}-option-${question.id}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(question)}
            onMouseMove={() => setActive(index)}
            className={cn("grid cursor-pointer gap-0.5 rounded px-2 py-1.5", index === active && "bg-muted")}
          >
            <span>
              <span className="font-mono text-xs text-muted-foreground">{question.id}</span> {question.title}
            </span>
            <span className="truncate text-xs text-muted-foreground">{pillarName(question)}</span>
          </li>
        ))}
        {open && results.length === 0 ? (
          <li role="option" aria-selected={false} aria-disabled className="px-2 py-1.5 text-muted-foreground">
            No question matches “{query.trim()}”.
          </li>
        ) : null}
      </ul>
    </div>
  );
}
