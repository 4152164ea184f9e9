export interface ApiRefusal {
  status: number;
  code: string;
  message: string;
}
export function apiRefusal(request: { method?: string; url?: string; headers: Record<string, string | string[] | undefined> }, publicUrl: string | undefined): ApiRefusal | null;
export function apiPath(url: string | undefined): string | null;
export function undecodable(path: string): boolean;
