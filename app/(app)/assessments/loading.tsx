import { Loading } from "@/components/ui/loading";

export default function AssessmentsLoading() {
  return <Loading label="Loading assessments…" />;
}
