"use client";

import { X } from "lucide-react";
import { Dialog as Primitive } from "radix-ui";
import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/utils";

export const Sheet = Primitive.Root;

/**
 * A dialog that slides in from the right: details beside the list they belong to. Full width
 * on phones. Radix traps focus inside, closes on Escape and hands focus back (or to
 * `onCloseAutoFocus`).
 */
export function SheetContent({
  title,
  description,
  className,
  children,
  ...props
}: Omit<ComponentProps<typeof Primitive.Content>, "title"> & { title: ReactNode; description?: ReactNode }) {
  return (
    <Primitive.Portal>
      <Primitive.Overlay className="fixed inset-0 z-40 bg-black/40" />
      <Primitive.Content
        className={cn(
          "fixed inset-y-0 right-0 z-50 flex w-full flex-col overflow-y-auto border-l border-border bg-background text-foreground shadow-xl focus:outline-none sm:max-w-xl",
          className,
        )}
        {...(description ? {} : { "aria-describedby": undefined })}
        {...props}
      >
        <div className="sticky top-0 z-10 flex items-start gap-3 border-b border-border bg-background px-5 py-4">
          <div className="grid flex-1 gap-1">
            <Primitive.Title className="text-lg font-semibold leading-snug">{title}</Primitive.Title>
            {description ? <Primitive.Description className="text-sm text-muted-foreground">{description}</Primitive.Description> : null}
          </div>
          <Primitive.Close className="rounded-md p-1 text-muted-foreground hover:bg-muted hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring">
            <X className="size-5" aria-hidden />
            <span className="sr-only">Close</span>
          </Primitive.Close>
        </div>
        <div className="grid gap-5 px-5 py-4">{children}</div>
      </Primitive.Content>
    </Primitive.Portal>
  );
}
