import { Loading } from "@/components/ui/loading";

export default function AssessmentLoading() {
  return <Loading label="Loading the assessment…" />;
}
