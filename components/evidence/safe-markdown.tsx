import { Fragment } from "react";
import { parseMarkdown, type Block, type Inline } from "@/lib/markdown/parse";

/**
 * Markdown from an imported file, as React elements only (lib/markdown/parse.ts): raw HTML in
 * it stays text, links keep to http(s) and open apart with no referrer, images are not loaded.
 */
function Inlines({ nodes }: { nodes: Inline[] }) {
  return (
    <>
      {nodes.map((node, index) => {
        switch (node.kind) {
          case "text":
            return <Fragment key={index}>{node.text}</Fragment>;
          case "code":
            return (
              <code key={index} className="rounded bg-muted px-1 font-mono text-[0.9em]">
                {node.text}
              </code>
            );
          case "strong":
            return (
              <strong key={index}>
                <Inlines nodes={node.children} />
              </strong>
            );
          case "link":
            return (
              <a key={index} href={node.href} target="_blank" rel="noopener noreferrer nofollow" className="text-primary underline underline-offset-2">
                <Inlines nodes={node.children} />
              </a>
            );
        }
      })}
    </>
  );
}

function Lines({ lines }: { lines: Inline[][] }) {
  return lines.map((line, index) => (
    <Fragment key={index}>
      {index > 0 ? <br /> : null}
      <Inlines nodes={line} />
    </Fragment>
  ));
}

const HEADINGS = { 1: "h4", 2: "h4", 3: "h5", 4: "h6" } as const;

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case "heading": {
      const Heading = HEADINGS[block.level];
      return (
        <Heading className="font-semibold">
          <Inlines nodes={block.content} />
        </Heading>
      );
    }
    case "paragraph":
      return (
        <p>
          <Lines lines={block.lines} />
        </p>
      );
    case "quote":
      return (
        <blockquote className="border-l-2 border-border pl-3 text-muted-foreground">
          <Lines lines={block.lines} />
        </blockquote>
      );
    case "list": {
      const List = block.ordered ? "ol" : "ul";
      return (
        <List className={block.ordered ? "ml-5 list-decimal" : "ml-5 list-disc"}>
          {block.items.map((item, index) => (
            <li key={index}>
              <Inlines nodes={item} />
            </li>
          ))}
        </List>
      );
    }
    case "table":
      return (
        <div className="relative overflow-x-auto" tabIndex={0}>
          <table className="w-full text-left text-xs">
            <thead>
              <tr>
                {block.header.map((cell, index) => (
                  <th key={index} className="border-b border-border px-2 py-1 font-medium">
                    <Inlines nodes={cell} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, rowIndex) => (
                <tr key={rowIndex}>
                  {row.map((cell, index) => (
                    <td key={index} className="border-b border-border px-2 py-1 align-top">
                      <Inlines nodes={cell} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case "code":
      return <pre className="overflow-x-auto rounded bg-muted p-2 font-mono text-xs">{block.text}</pre>;
    case "rule":
      return <hr className="border-border" />;
  }
}

export function SafeMarkdown({ children }: { children: string }) {
  return (
    <div className="grid gap-2 text-sm leading-relaxed">
      {parseMarkdown(children).map((block, index) => (
        <BlockView key={index} block={block} />
      ))}
    </div>
  );
}
