import type { QuestionV2 } from "../../types";
import { N } from "./quantities";

export const visibilityQuestions: QuestionV2[] = [
  {
    id: "VIS-05",
    pillar: "visibility",
    title: "Enterprise security data collection, retention and correlation",
    prompt: "Do security logs from every pillar reach one place, stay searchable long enough, and join up across sources so that an investigation sees the whole story?",
    why: "Intrusions are often found months after they start and cross identities, devices, networks, applications and data. Without central, retained and correlated data the scope of a breach cannot be established, and no other detection or response capability works.",
    levels: {
      traditional: "Each tool keeps its own logs and investigations stitch them together by hand.",
      initial: "Required log sources are listed and half of them reach one central platform.",
      advanced: "Sources from every pillar are central, normalised, retained and watched for gaps.",
      optimal: "Every source is onboarded at go-live and incidents get correlated timelines automatically.",
    },
    weight: 3,
    mappings: { cisa: [{ pillar: "enterprise", function: "Visibility & Analytics" }], nist: [5, 7], dod: "Visibility & Analytics" },
    nextSteps: {
      traditional: {
        action: "List the log sources the security team needs from identity, devices, networks, applications, data and cloud platforms, and send the first half of them, identity and endpoint first, to one SIEM or security data lake.",
        effort: "M",
        impact: 5,
        achieves: ["initial-1", "initial-2"],
      },
      initial: {
        action: `Onboard listed sources until at least ${N.coverageAdvanced} are in, with sources from every pillar, set retention and tamper protection on the central platform, map fields to a common schema, and alert when a source goes silent.`,
        effort: "L",
        impact: 4,
        achieves: ["advanced-1", "advanced-2", "advanced-3", "advanced-4"],
      },
      advanced: {
        action: "Make log onboarding a go-live gate for every new system, close the last documented gaps, and have the platform assemble an entity-based timeline for each incident.",
        effort: "M",
        impact: 3,
        achieves: ["optimal-1", "optimal-2", "optimal-3"],
      },
    },
    detail: {
      criteria: {
        traditional: [
          "Security logs stay in the tool that produced them, with that tool's default retention.",
          "Investigations combine data by exporting it from more than one console by hand.",
        ],
        initial: [
          "A written list of required log sources covers identity, devices, networks, applications, data and cloud platforms, with the onboarding status of each.",
          `At least ${N.coverageInitial} of the listed sources send their logs to one central SIEM or security data lake.`,
        ],
        advanced: [
          `At least ${N.coverageAdvanced} of the listed sources are onboarded, including sources from every pillar.`,
          `Security logs stay searchable for ${N.logRetention}, and deletion or alteration is prevented or restricted to a named role whose actions are logged.`,
          "Events are mapped to a common schema, so that user, device, address and resource fields join across sources.",
          "A listed source that stops sending raises an alert on the central platform.",
        ],
        optimal: [
          `${N.coverageOptimal} of listed sources are onboarded, with documented exceptions.`,
          "The go-live checklist for a new system or cloud service requires its logs to be onboarded before release.",
          "For each incident the platform builds a timeline of related events across sources from the entities involved, without manual queries.",
        ],
      },
      evidence: {
        traditional: "Interview with analysts; list of tools with their local retention settings.",
        initial: "The log-source list with onboarding status; data connector or ingestion status page of the central platform.",
        advanced: "Source coverage report by pillar; retention and immutability settings; schema or parser mapping; silent-source alert rule and recent alerts.",
        optimal: "Go-live checklist with the logging step and recent completed examples; exception list; an incident record with its automatically built timeline.",
      },
      verify: "SIEM or security data lake: data connectors and ingestion health against the log-source list, retention and immutability settings per table, the common schema or parsers, and the silent-source alert; a test query joining a user across identity, endpoint and network data.",
      naAllowed: false,
      importance: "critical",
      group: "security-operations",
      prerequisites: [],
      microsoft: { pillar: "Security Operations", scenarios: ["prevent-breach-damage", "regulatory-compliance", "modernize-posture"], objective: "secops.1" },
      dod: {
        initial: [{ capability: "7.1", level: "target" }],
        advanced: [{ capability: "7.1", level: "target" }, { capability: "7.2", level: "target" }],
        optimal: [{ capability: "7.3", level: "target" }],
      },
    },
  },
  {
    id: "VIS-06",
    pillar: "visibility",
    title: "Detection coverage",
    prompt: "Which attacker techniques would the organisation detect, how is that coverage measured, and how are the gaps closed?",
    why: "Security tools ship with default rules that leave whole classes of attack unseen. Mapping detections to attacker techniques shows what would go unnoticed, so that effort goes to the gaps that matter rather than to more alerts.",
    levels: {
      traditional: "Detections are tool defaults and nobody knows which attacks would go unseen.",
      initial: "Detections are inventoried with owners and mapped to attacker techniques.",
      advanced: "Coverage of a prioritised technique list is measured and gaps are tracked.",
      optimal: "Detections are managed as code and tested automatically against simulated attacks.",
    },
    weight: 2,
    mappings: { cisa: [{ pillar: "enterprise", function: "Visibility & Analytics" }], nist: [5, 7], dod: "Visibility & Analytics" },
    nextSteps: {
      traditional: {
        action: "Export every enabled detection rule from the SIEM, XDR and other tools into one inventory, give each an owner and data source, and tag it with the MITRE ATT&CK techniques it detects.",
        effort: "S",
        impact: 3,
        achieves: ["initial-1", "initial-2"],
      },
      initial: {
        action: `Build a prioritised list of techniques from threat intelligence and your own incidents, measure how many have an active detection, add detections until at least ${N.coverageAdvanced} are covered, report the figure, and track each gap as a backlog item with an owner.`,
        effort: "M",
        impact: 5,
        achieves: ["advanced-1", "advanced-2", "advanced-3"],
      },
      advanced: {
        action: "Keep detections in version control with a deployment pipeline, run attack simulations against them on a schedule, and open a ticket whenever a simulated technique goes undetected.",
        effort: "L",
        impact: 4,
        achieves: ["optimal-1", "optimal-2", "optimal-3"],
      },
    },
    detail: {
      criteria: {
        traditional: [
          "Detection relies on the default rules shipped with each security tool.",
          "No list shows which attacker techniques are or are not detected.",
        ],
        initial: [
          "An inventory lists every enabled detection rule across security tools with its owner and data source.",
          "Each detection in the inventory is mapped to the attacker techniques it detects, using a public framework such as MITRE ATT&CK.",
        ],
        advanced: [
          "A prioritised list of attacker techniques relevant to the organisation is kept, citing the threat intelligence and incident findings it was built from.",
          `At least ${N.coverageAdvanced} of the prioritised techniques have at least one active detection, and the measured coverage is reported to the security leadership.`,
          "Each uncovered technique is a tracked backlog item with an owner or a documented risk acceptance.",
        ],
        optimal: [
          "Detection rules are kept in version control and deployed through a pipeline with review and testing.",
          "Attack simulation or purple-team exercises test the prioritised techniques on a schedule, and each undetected technique opens a ticket.",
          `${N.coverageOptimal} of prioritised techniques have a detection confirmed by a test, or a documented risk acceptance.`,
        ],
      },
      evidence: {
        traditional: "List of enabled rules per tool showing only vendor defaults.",
        initial: "Detection inventory with owner, data source and technique mapping.",
        advanced: "Prioritised technique list with its date and sources; coverage report or heat map; gap backlog with owners.",
        optimal: "Detection repository and pipeline history; attack-simulation reports and the tickets they opened; coverage report showing test results per technique.",
      },
      verify: "SIEM and XDR analytics rules compared with the detection inventory, the coverage map against the prioritised technique list, the gap backlog, and the latest attack-simulation or purple-team report.",
      naAllowed: false,
      importance: "standard",
      group: "security-operations",
      prerequisites: [{ level: "initial", question: "VIS-05", atLeast: "initial" }],
      microsoft: { pillar: "Security Operations", scenarios: ["prevent-breach-damage"], objective: "secops.3" },
      dod: {
        initial: [{ capability: "7.2", level: "target" }],
        advanced: [{ capability: "7.2", level: "target" }, { capability: "7.3", level: "target" }],
        optimal: [{ capability: "7.2", level: "advanced" }],
      },
    },
  },
  {
    id: "VIS-07",
    pillar: "visibility",
    title: "Detection and response times",
    prompt: "How quickly are incidents detected and handled, and are those times measured against targets?",
    why: "The damage of a breach grows with the time an attacker goes unnoticed and unchecked. Measuring time to detect, triage and contain shows whether detection and response actually work, and where delays come from.",
    levels: {
      traditional: "Detection and response times are neither recorded nor targeted.",
      initial: "Key timestamps of each high-severity incident are recorded and MTTD and MTTR are calculated.",
      advanced: `Approved targets per severity exist and high-severity alerts are triaged within ${N.alertTriage} at any hour.`,
      optimal: "Missed targets get root-cause reviews and times are reported as a trend to leadership.",
    },
    weight: 2,
    mappings: { cisa: [{ pillar: "enterprise", function: "Visibility & Analytics" }], nist: [5], dod: "Automation & Orchestration" },
    nextSteps: {
      traditional: {
        action: "Record in the case-management tool, for every high-severity incident, when the malicious activity started, when it was detected, when triage began and when it was contained, and calculate MTTD and MTTR from those fields.",
        effort: "S",
        impact: 3,
        achieves: ["initial-1", "initial-2"],
      },
      initial: {
        action: `Agree target times per severity with security leadership, arrange round-the-clock alert monitoring in-house or with a provider, and staff it so that high-severity alerts are triaged within ${N.alertTriage}, measured by the case-management tool.`,
        effort: "M",
        impact: 5,
        achieves: ["advanced-1", "advanced-2", "advanced-3"],
      },
      advanced: {
        action: "Review every high-severity incident that missed a target for its root cause, track the resulting actions, and report the MTTD and MTTR trend with the main causes of delay to leadership.",
        effort: "S",
        impact: 3,
        achieves: ["optimal-1", "optimal-2"],
      },
    },
    detail: {
      criteria: {
        traditional: [
          "No record shows when incidents were detected, triaged or contained.",
          "Alerts have no handling target by severity.",
        ],
        initial: [
          "For every high-severity incident the case record holds the time of first known malicious activity, detection, start of triage and containment.",
          "Mean time to detect (MTTD) and mean time to respond or contain (MTTR) are calculated from those records.",
        ],
        advanced: [
          "Target times for triage, containment and closure per severity are written down and approved by security leadership.",
          "Alerts are monitored at every hour of every day, by in-house staff or a contracted provider.",
          `At least ${N.coverageAdvanced} of high-severity alerts have triage started within ${N.alertTriage} of creation, measured by the case-management tool.`,
        ],
        optimal: [
          "Every high-severity incident that missed a target has a root-cause review whose actions are tracked to closure.",
          `The MTTD and MTTR trend, with the main causes of delay, is reported to leadership ${N.leadershipReport}.`,
        ],
      },
      evidence: {
        traditional: "Incident tickets without detection, triage or containment timestamps.",
        initial: "Case records with the four timestamps; MTTD and MTTR calculation or dashboard.",
        advanced: "Approved severity and target-time document; monitoring rota or managed detection contract; triage-time report from the case-management tool.",
        optimal: "Root-cause reviews of missed targets with their action tracker; leadership reports showing the MTTD and MTTR trend.",
      },
      verify: "Case-management or SOAR tool: incident records with timestamps, the MTTD and MTTR dashboard and triage-time report; the approved target document; interview the SOC lead on how out-of-hours alerts are handled.",
      naAllowed: false,
      importance: "standard",
      group: "security-operations",
      prerequisites: [],
      microsoft: { pillar: "Security Operations", scenarios: ["prevent-breach-damage"], objective: "secops.2" },
      dod: {
        initial: [{ capability: "6.7", level: "target" }],
        advanced: [{ capability: "6.7", level: "target" }],
        optimal: [{ capability: "6.7", level: "advanced" }],
      },
    },
  },
  {
    id: "VIS-08",
    pillar: "visibility",
    title: "Threat hunting and threat intelligence",
    prompt: "Does the organisation use threat intelligence that fits its risks, and does it hunt for attackers that no alert has found?",
    why: "Detections only catch what someone thought to write. Intelligence about the adversaries and techniques that target the organisation, and hunts that test hypotheses against the data, find intrusions that slipped past the rules and turn them into new detections.",
    levels: {
      traditional: "No hunting happens and threat intelligence is read ad hoc.",
      initial: "Curated indicators are matched automatically and relevant advisories trigger hunts.",
      advanced: "Written intelligence requirements drive collection and hunts follow a plan with recorded outcomes.",
      optimal: "Hunt findings become detections and the organisation shares its own intelligence.",
    },
    weight: 1,
    mappings: { cisa: [{ pillar: "enterprise", function: "Visibility & Analytics" }], nist: [5, 7], dod: "Visibility & Analytics" },
    nextSteps: {
      traditional: {
        action: "Subscribe to a curated threat-intelligence feed relevant to your sector, match its indicators automatically against the central logs, and run a recorded hunt for each advisory the team marks as relevant.",
        effort: "S",
        impact: 3,
        achieves: ["initial-1", "initial-2"],
      },
      initial: {
        action: "Write intelligence requirements (sector, likely adversaries, technologies in use), expire stale indicators automatically, and run hunts from a plan with an owner, hypothesis and recorded outcome.",
        effort: "M",
        impact: 3,
        achieves: ["advanced-1", "advanced-2", "advanced-3"],
      },
      advanced: {
        action: "Turn every hunt that finds a detection gap into a detection rule in the inventory, and share indicators and techniques from your own incidents with your sector's information-sharing body.",
        effort: "M",
        impact: 4,
        achieves: ["optimal-1", "optimal-2"],
      },
    },
    detail: {
      criteria: {
        traditional: [
          "Analysts look only at alerts; no hunt has been recorded.",
          "Threat intelligence consists of news and vendor advisories read by individuals.",
        ],
        initial: [
          "Indicators from at least one curated threat-intelligence feed are matched automatically against the central security logs.",
          "Each threat advisory that the security team marks as relevant to the organisation triggers a hunt, recorded with its hypothesis, the data searched and the outcome.",
        ],
        advanced: [
          "Written intelligence requirements name the organisation's sector, likely adversaries and key technologies, and the feeds in use are chosen against them.",
          "Indicators carry an expiry, and expired indicators are removed from matching automatically.",
          "Hunts follow a written plan with an owner for each hunt, and every hunt ends with a recorded outcome: a finding, a fix, a new detection or nothing found.",
        ],
        optimal: [
          "Every hunt that reveals a detection gap produces a detection rule, recorded in the detection inventory.",
          "Indicators and techniques from the organisation's own incidents are shared with a sector information-sharing body or trusted peers.",
        ],
      },
      evidence: {
        traditional: "Interview with analysts; no hunt records.",
        initial: "Threat-intelligence platform or SIEM feed configuration with match results; hunt records for recent relevant advisories.",
        advanced: "Intelligence requirements document; indicator expiry settings; hunt plan and completed hunt reports with outcomes.",
        optimal: "Detection inventory entries that cite the hunt that produced them; records of intelligence shared with the sector body.",
      },
      verify: "Threat-intelligence platform or SIEM threat-intelligence settings (feeds, indicator lifecycle, matches), the hunt plan and hunt reports, and the detection inventory; interview the threat-intelligence or hunting lead.",
      naAllowed: true,
      importance: "standard",
      group: "security-operations",
      prerequisites: [
        { level: "initial", question: "VIS-05", atLeast: "initial" },
        { level: "optimal", question: "VIS-06", atLeast: "initial" },
      ],
      microsoft: { pillar: "Security Operations", scenarios: ["prevent-breach-damage"], objective: "secops.3" },
      dod: {
        initial: [{ capability: "7.5", level: "target" }],
        advanced: [{ capability: "7.5", level: "target" }],
        optimal: [{ capability: "7.5", level: "target" }],
      },
    },
  },
];
