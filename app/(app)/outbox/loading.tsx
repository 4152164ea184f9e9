import { Loading } from "@/components/ui/loading";

export default function OutboxLoading() {
  return <Loading label="Loading the outbox…" />;
}
