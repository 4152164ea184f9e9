import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "./errors";

/** For pages: an id that is not found (another organisation's included) renders the 404 page. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}
