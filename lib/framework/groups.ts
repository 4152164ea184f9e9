/** Readable names of the question groups that presets target (zt-2026.2 on). */
export const GROUP_LABELS: Record<string, string> = {
  "workforce-sign-in": "Workforce sign-in",
  "identity-lifecycle": "Identity lifecycle",
  "privileged-access": "Privileged access",
  "non-human-identity": "Non-human identities",
  "external-identity": "Partners and guests",
  ai: "AI",
  "device-management": "Device management",
  "endpoint-protection": "Endpoint protection",
  "device-supply-chain": "Device supply chain",
  "ot-iot": "OT and IoT",
  "app-visibility": "Application visibility",
  "app-access": "Application access",
  "app-protection": "Application protection",
  "secure-development": "Secure development",
  "data-discovery": "Data discovery",
  "data-protection": "Data protection",
  "data-resilience": "Data resilience",
  "data-monitoring": "Data monitoring",
  "workload-hardening": "Workload hardening",
  cryptography: "Cryptography",
  segmentation: "Segmentation",
  "traffic-protection": "Traffic protection",
  "network-operations": "Network operations",
  "network-resilience": "Network resilience",
  "security-operations": "Security operations",
  orchestration: "Orchestration",
  "programme-governance": "Programme governance",
  "supply-chain-governance": "Supply-chain governance",
};

/** The group's name; an unlisted id reads as words ("data-loss" → "Data loss"). */
export function groupLabel(group: string): string {
  const known = GROUP_LABELS[group];
  if (known) return known;
  const words = group.replaceAll("-", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
