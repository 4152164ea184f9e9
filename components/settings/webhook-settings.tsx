"use client";

import { createColumnHelper, tableFeatures, useTable } from "@tanstack/react-table";
import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { DataTable } from "@/components/ui/data-table";
import { FormField } from "@/components/ui/form-field";
import { useHydrated } from "@/components/ui/use-hydrated";
import { removeWebhookAction, rotateWebhookSecretAction, setWebhookAction } from "@/lib/actions/webhooks";
import { formatDateTime } from "@/lib/assessment/labels";
import type { WebhookDeliveryView } from "@/lib/server/webhooks";
import { cn } from "@/lib/utils";

const STATE_LABELS: Record<WebhookDeliveryView["state"], string> = { delivered: "Delivered", pending: "Retrying", failed: "Given up" };

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, WebhookDeliveryView>();
const columns = helper.columns([
  helper.accessor("createdAt", { header: "Changed", cell: (info) => <span className="whitespace-nowrap">{formatDateTime(info.getValue())}</span> }),
  helper.accessor("summary", { header: "Next step", cell: (info) => info.getValue() || info.row.original.event }),
  helper.accessor("state", {
    header: "Status",
    cell: (info) => {
      const { state, at } = info.row.original;
      return (
        <span className={cn("whitespace-nowrap font-medium", state === "delivered" ? "text-success" : state === "failed" ? "text-destructive" : undefined)}>
          {STATE_LABELS[state]}
          {at ? <span className="block text-xs font-normal text-muted-foreground">{state === "pending" ? `next ${formatDateTime(at)}` : formatDateTime(at)}</span> : null}
        </span>
      );
    },
  }),
  helper.accessor("attempts", { header: "Attempts" }),
  helper.accessor("lastError", { header: "Last error", cell: (info) => <span className="break-words">{info.getValue() ?? "—"}</span> }),
]);

function SecretNotice({ secret }: { secret: string }) {
  return (
    <div className="grid gap-2 rounded-md border border-border bg-muted/50 p-3 text-sm" role="status">
      <p>Copy the signing secret now: it will not be shown again. Your receiver checks each request&apos;s X-ZTR-Signature with it.</p>
      <code id="webhook-secret" className="break-all font-mono text-xs" data-testid="webhook-secret">
        {secret}
      </code>
      <CopyButton text={secret} selectId="webhook-secret" label="Copy secret" />
    </div>
  );
}

/** The organisation's webhook: its URL, its signing secret (shown once) and the recent deliveries. */
export function WebhookSettings({ url, deliveries }: { url: string | null; deliveries: WebhookDeliveryView[] }) {
  const hydrated = useHydrated();
  const [secret, setSecret] = useState<string>();
  const save = useActionForm(setWebhookAction, (data) => setSecret(data.secret ?? undefined));
  const rotate = useActionForm(rotateWebhookSecretAction, (data) => setSecret(data.secret));
  const remove = useActionForm(removeWebhookAction, () => setSecret(undefined));
  const table = useTable({ features, columns, data: deliveries });
  const saveError = save.formError("url");
  return (
    <div className="grid gap-6">
      <form
        className="grid gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          setSecret(undefined);
          save.submit({ url: String(new FormData(event.currentTarget).get("url") ?? "") });
        }}
      >
        <div className="flex flex-wrap items-end gap-3">
          <div className="min-w-64 flex-1">
            <FormField
              id="webhook-url"
              name="url"
              type="url"
              label="Webhook URL"
              placeholder="https://hooks.example.com/zero-trust"
              defaultValue={url ?? ""}
              maxLength={2000}
              error={save.fieldError("url")}
            />
          </div>
          <Button type="submit" disabled={!hydrated || save.pending}>
            {save.pending ? "Saving…" : url ? "Save URL" : "Set webhook"}
          </Button>
        </div>
        <p className="text-sm text-muted-foreground">
          Every change of a next step&apos;s status is POSTed here as JSON, signed with the secret. Failed deliveries are retried after 30&nbsp;s, 2&nbsp;min, 10&nbsp;min, 1&nbsp;h and 6&nbsp;h.
        </p>
        {save.saved ? (
          <p role="status" className="text-sm text-success">
            Saved.
          </p>
        ) : null}
        {saveError ? <Alert>{saveError}</Alert> : null}
      </form>
      {secret ? <SecretNotice secret={secret} /> : null}
      {url ? (
        <div className="flex flex-wrap items-center gap-3">
          <Button type="button" variant="outline" disabled={!hydrated || rotate.pending} onClick={() => rotate.submit({})}>
            {rotate.pending ? "Rotating…" : "Rotate secret"}
          </Button>
          <Button
            type="button"
            variant="outline"
            disabled={!hydrated || remove.pending}
            onClick={() => {
              if (window.confirm("Remove the webhook? Changes will no longer be sent, and deliveries not yet made are given up.")) remove.submit({});
            }}
          >
            {remove.pending ? "Removing…" : "Remove webhook"}
          </Button>
          {rotate.error ?? remove.error ? <Alert className="w-full">{rotate.error ?? remove.error}</Alert> : null}
        </div>
      ) : null}
      <section className="grid gap-2" aria-labelledby="webhook-deliveries">
        <h3 id="webhook-deliveries" className="font-semibold">
          Recent deliveries
        </h3>
        <DataTable table={table} label="Recent webhook deliveries" empty={url ? "No status changes sent yet." : "Set a webhook URL to start sending."} />
      </section>
    </div>
  );
}
