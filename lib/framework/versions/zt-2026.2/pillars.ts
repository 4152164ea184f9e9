import type { PillarDefinition } from "../../types";

export const pillars: PillarDefinition[] = [
  { id: "identity", kind: "technology", name: "Identity", summary: "People, service accounts and partners: how they prove who they are, and what each may reach." },
  { id: "devices", kind: "technology", name: "Devices", summary: "Laptops, phones and other endpoints: whether they are known, healthy and trusted before they connect." },
  { id: "apps", kind: "technology", name: "Apps", summary: "Applications and APIs, built or bought: how users reach them and how they are kept secure." },
  { id: "data", kind: "technology", name: "Data", summary: "Where sensitive information lives, how it is labelled, protected, backed up and watched." },
  { id: "infrastructure", kind: "technology", name: "Infrastructure", summary: "Servers, cloud resources and containers: their hardening, privileged access and threat detection." },
  { id: "network", kind: "technology", name: "Network", summary: "Segmentation, encryption and control of traffic, so that being on the network grants nothing." },
  { id: "visibility", kind: "cross-cutting", name: "Visibility & analytics", summary: "Collecting and analysing the signals of every pillar to detect threats and inform policy." },
  { id: "automation", kind: "cross-cutting", name: "Automation & orchestration", summary: "Turning policy and response into code and workflows that act in minutes, not days." },
  { id: "governance", kind: "cross-cutting", name: "Governance", summary: "Ownership, policy, exceptions and measurement that keep the Zero Trust programme on course." },
];
