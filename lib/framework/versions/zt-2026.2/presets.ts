import type { TargetPreset } from "../../types";

export const presets: TargetPreset[] = [
  {
    id: "modernize-posture",
    name: "Rapidly modernize your security posture",
    description: "For organisations starting a broad Zero Trust programme: a balanced target that lifts every pillar to Advanced, with identity first.",
    targets: { identity: "optimal", devices: "advanced", apps: "advanced", data: "advanced", infrastructure: "advanced", network: "advanced", visibility: "advanced", automation: "advanced", governance: "advanced" },
  },
  {
    id: "remote-hybrid-work",
    name: "Secure remote and hybrid work",
    description: "For a workforce that works from anywhere: strong identity and healthy devices decide access, so the corporate network no longer has to.",
    targets: { identity: "optimal", devices: "optimal", apps: "advanced", data: "advanced", infrastructure: "initial", network: "advanced", visibility: "advanced", automation: "advanced", governance: "advanced" },
  },
  {
    id: "protect-sensitive-data",
    name: "Identify and protect sensitive business data",
    description: "For organisations whose main worry is leakage of customer, financial or intellectual-property data: know it, label it, and control every access to it.",
    targets: { identity: "advanced", devices: "advanced", apps: "advanced", data: "optimal", infrastructure: "advanced", network: "advanced", visibility: "optimal", automation: "advanced", governance: "advanced" },
  },
  {
    id: "prevent-breach-damage",
    name: "Prevent or reduce business damage from a breach",
    description: "For organisations that assume breach and want to contain it: segmentation, hardened infrastructure and fast detection and response limit the blast radius.",
    targets: { identity: "advanced", devices: "advanced", apps: "advanced", data: "advanced", infrastructure: "optimal", network: "optimal", visibility: "optimal", automation: "optimal", governance: "advanced" },
  },
  {
    id: "regulatory-compliance",
    name: "Meet regulatory and compliance requirements",
    description: "For regulated organisations that must prove control: documented policy, reviewed access and evidence from logs matter as much as the controls themselves.",
    targets: { identity: "advanced", devices: "advanced", apps: "advanced", data: "advanced", infrastructure: "advanced", network: "advanced", visibility: "advanced", automation: "initial", governance: "optimal" },
  },
];
