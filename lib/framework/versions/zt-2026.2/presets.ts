import type { TargetPreset } from "../../types";

/**
 * One preset per business scenario of the adoption framework. Pillar targets set the level;
 * question-group targets lift or lower the groups the scenario does or does not hinge on, so
 * "remote and hybrid work" no longer asks for Optimal firmware attestation or non-human identities.
 */
export const presets: TargetPreset[] = [
  {
    id: "modernize-posture",
    name: "Rapidly modernize your security posture",
    description: "For organisations starting a broad Zero Trust programme: every pillar to Advanced, workforce sign-in to Optimal, newer areas (AI, OT and IoT, post-quantum) started.",
    targets: { identity: "advanced", devices: "advanced", apps: "advanced", data: "advanced", infrastructure: "advanced", network: "advanced", visibility: "advanced", automation: "advanced", governance: "advanced" },
    groups: { "workforce-sign-in": "optimal", "privileged-access": "optimal", ai: "initial", "ot-iot": "initial", cryptography: "initial", "device-supply-chain": "initial" },
  },
  {
    id: "remote-hybrid-work",
    name: "Secure remote and hybrid work",
    description: "For a workforce that works from anywhere: strong sign-in and healthy, managed devices decide access to apps, so the corporate network no longer has to.",
    targets: { identity: "advanced", devices: "advanced", apps: "advanced", data: "advanced", infrastructure: "initial", network: "initial", visibility: "advanced", automation: "initial", governance: "initial" },
    groups: {
      "workforce-sign-in": "optimal",
      "device-management": "optimal",
      "app-access": "optimal",
      "endpoint-protection": "advanced",
      "non-human-identity": "initial",
      "device-supply-chain": "initial",
      "ot-iot": "traditional",
      segmentation: "initial",
      "secure-development": "initial",
      cryptography: "initial",
      ai: "initial",
    },
  },
  {
    id: "protect-sensitive-data",
    name: "Identify and protect sensitive business data",
    description: "For organisations whose main worry is leakage of customer, financial or intellectual-property data: know it, label it, control every access to it, including AI assistants.",
    targets: { identity: "advanced", devices: "advanced", apps: "advanced", data: "optimal", infrastructure: "initial", network: "initial", visibility: "advanced", automation: "initial", governance: "advanced" },
    groups: {
      "data-monitoring": "optimal",
      "data-resilience": "advanced",
      ai: "advanced",
      "ot-iot": "traditional",
      "device-supply-chain": "initial",
      cryptography: "advanced",
      "secure-development": "initial",
    },
  },
  {
    id: "prevent-breach-damage",
    name: "Prevent or reduce business damage from a breach",
    description: "For organisations that assume breach and want to contain it: segmentation, privileged access, recoverable data and fast detection and response limit the blast radius.",
    targets: { identity: "advanced", devices: "advanced", apps: "advanced", data: "advanced", infrastructure: "advanced", network: "optimal", visibility: "optimal", automation: "optimal", governance: "advanced" },
    groups: {
      "privileged-access": "optimal",
      "data-resilience": "optimal",
      "endpoint-protection": "optimal",
      "traffic-protection": "advanced",
      "network-resilience": "advanced",
      orchestration: "advanced",
      "ot-iot": "advanced",
      ai: "initial",
      "data-discovery": "initial",
    },
  },
  {
    id: "regulatory-compliance",
    name: "Meet regulatory and compliance requirements",
    description: "For regulated organisations that must prove control: documented policy, reviewed access, known data and evidence from logs matter as much as the controls themselves.",
    targets: { identity: "advanced", devices: "advanced", apps: "advanced", data: "advanced", infrastructure: "advanced", network: "advanced", visibility: "advanced", automation: "initial", governance: "optimal" },
    groups: {
      "identity-lifecycle": "optimal",
      "data-discovery": "optimal",
      "app-visibility": "advanced",
      "network-operations": "advanced",
      "security-operations": "advanced",
      "ot-iot": "initial",
      cryptography: "advanced",
      ai: "advanced",
    },
  },
];
