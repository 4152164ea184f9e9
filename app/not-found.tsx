import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto grid max-w-md gap-3 px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="text-muted-foreground">This page does not exist, or you do not have access to it.</p>
      <Link href="/" className="font-medium text-primary underline-offset-4 hover:underline">
        Back to the overview
      </Link>
    </main>
  );
}
