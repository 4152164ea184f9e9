import type { QuestionV2 } from "../../types";
import { N } from "./quantities";

export const infrastructureQuestions: QuestionV2[] = [
  {
    id: "INF-01",
    pillar: "infrastructure",
    title: "Server and workload hardening",
    prompt: "How are servers, virtual machines and cloud workloads built to, and kept at, a hardened configuration baseline?",
    why: "Default and drifted configurations (open management ports, legacy protocols, missing patches) are the routine way attackers gain and widen a foothold in infrastructure.",
    levels: {
      traditional: "Servers are built by hand and no hardening baseline is agreed.",
      initial: "A hardening baseline exists per server operating system and half the estate is measured against it.",
      advanced: "Production servers come from hardened images, drift is found daily and patch windows are met.",
      optimal: "Drift is reverted automatically, servers are replaced rather than patched, and non-compliant servers get no admin access.",
    },
    weight: 2,
    mappings: { cisa: [{ pillar: "devices", function: "Policy Enforcement & Compliance Monitoring" }], nist: [5], dod: "Device" },
    nextSteps: {
      traditional: {
        action: `Adopt a recognised hardening benchmark for each production server operating system, scan the internet-facing servers and half the estate against it, and patch critical vulnerabilities on internet-facing servers within ${N.criticalPatch}.`,
        effort: "S",
        impact: 3,
        achieves: ["initial-1", "initial-2", "initial-3"],
      },
      initial: {
        action: "Build hardened golden images for every production operating system, enforce the baseline through the server and cloud management tools with a daily compliance check, extend the patch windows to every production server, and record each deviation as an owned, expiring exception.",
        effort: "M",
        impact: 4,
        achieves: ["advanced-1", "advanced-2", "advanced-3", "advanced-4"],
      },
      advanced: {
        action: "Remediate baseline drift automatically, rebuild servers from freshly patched images instead of patching them in place, and make compliance state a condition of administrative access to each server.",
        effort: "L",
        impact: 3,
        achieves: ["optimal-1", "optimal-2", "optimal-3"],
      },
    },
    detail: {
      criteria: {
        traditional: [
          "No hardening baseline is approved for the server operating systems in production.",
          "Server configuration and patch state are checked only when an audit or an incident asks for it.",
        ],
        initial: [
          "A hardening baseline (such as a CIS benchmark) is approved for each production server operating system.",
          `At least ${N.coverageInitial} of production servers, every internet-facing server among them, have been scanned against the baseline and the results recorded.`,
          `Critical vulnerabilities on internet-facing servers are patched or mitigated within ${N.criticalPatch}.`,
        ],
        advanced: [
          `At least ${N.coverageAdvanced} of production servers and cloud virtual machines are built from hardened golden images.`,
          `Deviation from the baseline on any production server is detected within ${N.driftCheck} by a central compliance tool.`,
          `Critical vulnerabilities on every production server are patched or mitigated within ${N.criticalPatch}, other high-severity ones within ${N.standardPatch}.`,
          "Every accepted deviation from the baseline is recorded with an owner and an expiry date.",
        ],
        optimal: [
          "Detected drift is reverted automatically, or the server is rebuilt, without a ticket to an administrator.",
          `No production server runs from an image older than ${N.criticalPatch}; servers are replaced from freshly patched images rather than patched in place.`,
          "Administrative access to a server is refused while that server is out of compliance with its baseline.",
        ],
      },
      evidence: {
        traditional: "Build notes or interviews showing hand-built servers; absence of an approved baseline.",
        initial: "Approved baseline per operating system; compliance scan report with coverage; patch report for internet-facing servers.",
        advanced: "Golden-image catalogue and the share of servers built from it; compliance dashboard with detection timestamps; patch-age report by severity; exception register.",
        optimal: "Automated remediation runs or rebuild logs; image-age report per server; access policy that checks server compliance and a refused-access log entry.",
      },
      verify: "Server and cloud management consoles (configuration management, cloud policy or a CIS-benchmark scanner): compliance per server against the baseline, image age, patch age by severity, and the exception register; sample five production servers and trace each to its image and last compliance result.",
      naAllowed: true,
      importance: "standard",
      group: "workload-hardening",
      prerequisites: [],
      microsoft: { pillar: "Infrastructure", scenarios: ["modernize-posture", "prevent-breach-damage", "regulatory-compliance"], objective: "infrastructure.2" },
      dod: {
        initial: [{ capability: "2.5", level: "target" }],
        advanced: [{ capability: "2.2", level: "target" }, { capability: "2.5", level: "target" }],
        optimal: [{ capability: "2.5", level: "target" }, { capability: "2.2", level: "advanced" }],
      },
    },
  },
  {
    id: "INF-02",
    pillar: "infrastructure",
    title: "Just-in-time admin access",
    prompt: "How do administrators obtain privileged access to servers, hypervisors and cloud control planes?",
    why: "Standing administrator rights and permanently open management ports give attackers a direct route to the whole estate. Time-bound, approved elevation shrinks that window from years to hours.",
    levels: {
      traditional: "Administrators hold permanent rights and management ports are widely reachable.",
      initial: "Admin credentials are vaulted, privileged assignments are listed and management ports are closed to the internet.",
      advanced: "Privileged infrastructure roles are granted just in time, for a limited time, through a recording bastion.",
      optimal: "No standing privilege remains; elevation is scoped to one resource and checked against user and device risk.",
    },
    weight: 3,
    mappings: { cisa: [{ pillar: "identity", function: "Access Management" }], nist: [3, 6], dod: "User" },
    nextSteps: {
      traditional: {
        action: "Put shared and local administrator passwords of production servers into a vault with named check-out, list every privileged assignment on servers, hypervisors and cloud subscriptions, and close RDP, SSH and management interfaces to the internet.",
        effort: "M",
        impact: 5,
        achieves: ["initial-1", "initial-2", "initial-3"],
      },
      initial: {
        action: `Convert standing cloud owner, hypervisor and server admin roles into eligible assignments activated with MFA and a reason for up to ${N.privilegedElevation}, and route management sessions through a recording bastion.`,
        effort: "M",
        impact: 5,
        achieves: ["advanced-1", "advanced-2", "advanced-3"],
      },
      advanced: {
        action: "Remove the remaining standing assignments except break-glass accounts, scope elevation to individual resources, and refuse elevation when the user's risk is raised or the device is not compliant.",
        effort: "L",
        impact: 4,
        achieves: ["optimal-1", "optimal-2", "optimal-3"],
      },
    },
    detail: {
      criteria: {
        traditional: [
          "Administrators hold permanent admin rights on servers, hypervisors or cloud subscriptions.",
          "RDP or SSH to servers is reachable from the whole internal network or from the internet.",
        ],
        initial: [
          "Shared and local administrator credentials of production servers are held in a vault and checked out by named users.",
          "Privileged role assignments on production subscriptions, hypervisors and server groups are listed, each with a named holder.",
          "No RDP, SSH, hypervisor or cloud management interface is reachable from the internet.",
        ],
        advanced: [
          `At least ${N.coverageAdvanced} of privileged roles on production subscriptions, hypervisors and server groups are eligible (just in time) rather than standing.`,
          `Activating a privileged role requires MFA and a recorded reason, and expires after no longer than ${N.privilegedElevation}.`,
          "Management sessions to production servers pass through a bastion or just-in-time port opening, and bastion sessions are recorded.",
        ],
        optimal: [
          "No standing privileged assignment remains on production infrastructure except documented break-glass accounts.",
          "Elevation is granted for a named resource or resource group, not for a whole subscription, tenant or server estate.",
          "Elevation is refused automatically when the user's sign-in risk is raised or the device is not compliant.",
        ],
      },
      evidence: {
        traditional: "Export of privileged role assignments showing permanent holders; network scan showing reachable management ports.",
        initial: "Vault check-out log for server credentials; privileged assignment list with holders; external scan showing no exposed management interfaces.",
        advanced: "Privileged identity management report of eligible versus active assignments; activation log with MFA, reason and duration; bastion session recordings.",
        optimal: "Assignment export with break-glass accounts only as standing; activation scopes per request; elevation policy with risk and device conditions and a refused-activation log entry.",
      },
      verify: "Privileged access or privileged identity management console and cloud role-assignment exports (permanent versus eligible, activation history and scope), the bastion's session log, and an external port scan of the public address ranges.",
      naAllowed: true,
      importance: "critical",
      group: "privileged-access",
      prerequisites: [{ level: "initial", question: "IDN-04", atLeast: "initial" }],
      microsoft: { pillar: "Infrastructure", scenarios: ["modernize-posture", "prevent-breach-damage"], objective: "infrastructure.3" },
      dod: {
        initial: [{ capability: "1.4", level: "target" }],
        advanced: [{ capability: "1.4", level: "target" }, { capability: "1.7", level: "target" }],
        optimal: [{ capability: "1.4", level: "advanced" }],
      },
    },
  },
  {
    id: "INF-03",
    pillar: "infrastructure",
    title: "Workload threat detection",
    prompt: "How are threats detected on servers, containers and cloud resources?",
    why: "Infrastructure hosts the most valuable systems and is where attackers move laterally. Without workload telemetry and detection, a compromise can run unnoticed for months.",
    levels: {
      traditional: "Few servers carry threat detection and cloud activity logs are not collected.",
      initial: "Half the servers and every internet-facing one run workload protection, and cloud activity logging is on everywhere.",
      advanced: "Workload protection covers production servers and container hosts, and alerts are triaged around the clock.",
      optimal: "Every workload is covered and blocking, detections correlate across layers, and silent workloads raise alerts.",
    },
    weight: 2,
    mappings: {
      cisa: [
        { pillar: "devices", function: "Device Threat Protection" },
        { pillar: "devices", function: "Visibility & Analytics" },
      ],
      nist: [5, 7],
      dod: "Device",
    },
    nextSteps: {
      traditional: {
        action: "Deploy EDR or a workload protection agent to every internet-facing server and half the production estate, enable control-plane activity logging in every cloud subscription, and give workload alerts to a named team with a written triage procedure.",
        effort: "M",
        impact: 5,
        achieves: ["initial-1", "initial-2", "initial-3"],
      },
      initial: {
        action: "Extend workload protection to production servers, VMs and container hosts, forward control-plane logs from every subscription to the SIEM, and arrange around-the-clock triage of high-severity workload alerts.",
        effort: "M",
        impact: 4,
        achieves: ["advanced-1", "advanced-2", "advanced-3"],
      },
      advanced: {
        action: "Close the remaining coverage gaps including serverless and managed container services, switch agents to blocking mode, correlate host, container, identity and control-plane events into one incident, and alert on workloads that stop reporting.",
        effort: "M",
        impact: 3,
        achieves: ["optimal-1", "optimal-2", "optimal-3", "optimal-4"],
      },
    },
    detail: {
      criteria: {
        traditional: [
          `Fewer than ${N.coverageInitial} of production servers run EDR or a workload protection agent.`,
          "Cloud control-plane activity logs are not collected outside the provider's default short retention.",
        ],
        initial: [
          `EDR or workload protection runs on at least ${N.coverageInitial} of production servers, every internet-facing server among them.`,
          "Control-plane activity logging is enabled in every cloud subscription, account and project.",
          "Workload alerts go to a named team with a written triage procedure.",
        ],
        advanced: [
          `Workload protection covers at least ${N.coverageAdvanced} of production servers, virtual machines and container hosts.`,
          "Control-plane logs from every subscription, account and project reach the SIEM.",
          "High-severity workload alerts are triaged around the clock, weekends and holidays included.",
        ],
        optimal: [
          `Workload protection covers ${N.coverageOptimal} of production workloads, serverless functions and managed container services included, with documented exceptions.`,
          "Agents run in blocking mode, not detect-only, on every production server.",
          "Detections correlate host, container, identity and control-plane events into a single incident.",
          "A production workload that stops sending telemetry raises an alert.",
        ],
      },
      evidence: {
        traditional: "Agent deployment report against the server inventory; cloud logging configuration.",
        initial: "Agent coverage report with internet-facing servers listed; control-plane logging settings per subscription; triage procedure and team.",
        advanced: "Coverage report against the workload inventory; SIEM data-source list per subscription; on-call rota and alert handling times out of hours.",
        optimal: "Coverage report including serverless and managed containers; agent policy showing blocking mode; a correlated incident spanning layers; telemetry-silence alert rule and a sample alert.",
      },
      verify: "Cloud workload protection or EDR console (coverage compared with the server and cloud inventory, agent mode), the SIEM's data-source health view per subscription, and the SOC's alert queue and rota for out-of-hours triage.",
      naAllowed: true,
      importance: "standard",
      group: "workload-hardening",
      prerequisites: [],
      microsoft: { pillar: "Infrastructure", scenarios: ["prevent-breach-damage", "modernize-posture"], objective: "infrastructure.1" },
      dod: {
        initial: [{ capability: "2.7", level: "target" }],
        advanced: [{ capability: "2.7", level: "target" }, { capability: "7.2", level: "target" }],
        optimal: [{ capability: "2.7", level: "advanced" }],
      },
    },
  },
  {
    id: "INF-04",
    pillar: "infrastructure",
    title: "Cloud security posture management",
    prompt: "How does the organisation find and fix misconfigurations across its cloud subscriptions, accounts and projects?",
    why: "Public storage, permissive network rules and over-privileged identities in cloud accounts are among the commonest causes of breach, and they appear faster than manual review can catch them.",
    levels: {
      traditional: "Cloud configuration is checked by hand, if at all, and no list of cloud accounts exists.",
      initial: "Every cloud account is known and posture assessment runs on half of them.",
      advanced: "Posture assessment covers every account and findings go to owners with deadlines.",
      optimal: "Guardrails block high-risk settings at creation and recurring findings are fixed automatically.",
    },
    weight: 2,
    mappings: {
      cisa: [
        { pillar: "devices", function: "Policy Enforcement & Compliance Monitoring" },
        { pillar: "devices", function: "Asset & Supply Chain Risk Management" },
      ],
      nist: [5, 7],
      dod: "Application & Workload",
    },
    nextSteps: {
      traditional: {
        action: "Inventory every cloud subscription, account and project, bring them under a central management hierarchy, and enable the provider's native posture assessment on at least half of them.",
        effort: "S",
        impact: 4,
        achieves: ["initial-1", "initial-2"],
      },
      initial: {
        action: "Extend posture management to every subscription and provider, make owner tags mandatory so each finding reaches a named owner, set remediation deadlines by severity, and keep exceptions in a time-bound register.",
        effort: "M",
        impact: 3,
        achieves: ["advanced-1", "advanced-2", "advanced-3"],
      },
      advanced: {
        action: "Deploy deny policies for high-risk configurations such as public storage and internet-exposed management ports, auto-remediate the five commonest finding types, and rank the rest by attack-path analysis.",
        effort: "M",
        impact: 4,
        achieves: ["optimal-1", "optimal-2", "optimal-3"],
      },
    },
    detail: {
      criteria: {
        traditional: [
          "No complete list of the organisation's cloud subscriptions, accounts and projects exists.",
          "Cloud configuration is not assessed by a posture management tool.",
        ],
        initial: [
          "Every cloud subscription, account and project is listed with an owner and sits under a central management hierarchy.",
          `Posture assessment (CSPM or the provider's native secure score) is enabled on at least ${N.coverageInitial} of them.`,
        ],
        advanced: [
          `Posture assessment covers ${N.coverageOptimal} of subscriptions, accounts and projects across every cloud provider in use.`,
          "Each finding is routed to a named resource owner with a remediation deadline set by severity.",
          "Accepted findings are recorded as exceptions with an approver and an expiry date.",
        ],
        optimal: [
          "Preventive policies deny the creation of high-risk configurations, such as public storage or internet-exposed management ports, in every subscription.",
          "The five commonest finding types of the last quarter are remediated automatically when they recur.",
          "Open findings are ranked by attack-path or exposure analysis, and the ranking drives the remediation queue.",
        ],
      },
      evidence: {
        traditional: "Interviews; billing records showing cloud accounts unknown to security.",
        initial: "Account inventory with owners and management hierarchy; posture-tool onboarding status per account.",
        advanced: "Posture dashboard with all accounts onboarded; finding assignments and ageing by severity; exception register.",
        optimal: "Deny-policy assignments per subscription and a blocked-deployment log entry; auto-remediation runs; attack-path view and the remediation queue it feeds.",
      },
      verify: "Cloud posture management console (onboarded accounts compared with billing and the management hierarchy, findings by owner and age, exceptions) and the cloud policy service's assignments and deny events.",
      naAllowed: true,
      importance: "standard",
      group: "workload-hardening",
      prerequisites: [],
      microsoft: { pillar: "Infrastructure", scenarios: ["modernize-posture", "regulatory-compliance", "prevent-breach-damage"], objective: "infrastructure.4" },
      dod: {
        advanced: [{ capability: "3.5", level: "advanced" }],
        optimal: [{ capability: "3.5", level: "advanced" }],
      },
    },
  },
  {
    id: "INF-05",
    pillar: "infrastructure",
    title: "Infrastructure as code and drift",
    prompt: "Is infrastructure defined, reviewed and deployed as code, and how is drift from that code detected?",
    why: "Infrastructure defined as code makes every change reviewable, testable and repeatable. Drift detection exposes the manual or malicious changes that review never saw.",
    levels: {
      traditional: "Infrastructure is built and changed by hand in consoles.",
      initial: "Half the production infrastructure is defined in reviewed code.",
      advanced: "Production is deployed by pipelines with security checks, and drift is found daily.",
      optimal: "Pipelines are the only change path, with their own identities and signed templates, and drift is reverted automatically.",
    },
    weight: 2,
    mappings: {
      cisa: [
        { pillar: "applications", function: "Secure Application Development & Deployment Workflow" },
        { pillar: "devices", function: "Policy Enforcement & Compliance Monitoring" },
      ],
      nist: [5],
      dod: "Application & Workload",
    },
    nextSteps: {
      traditional: {
        action: "Codify the main production environments in an infrastructure-as-code tool, keep the code in version control, and require pull-request review for every change to it.",
        effort: "M",
        impact: 3,
        achieves: ["initial-1", "initial-2"],
      },
      initial: {
        action: "Move production deployments into pipelines with policy-as-code checks that block on failure, limit console write access to break-glass and just-in-time roles, and schedule daily drift detection.",
        effort: "L",
        impact: 4,
        achieves: ["advanced-1", "advanced-2", "advanced-3", "advanced-4"],
      },
      advanced: {
        action: "Deny production changes made outside the pipelines, give each pipeline its own least-privilege workload identity, sign templates and verify them before deployment, and revert detected drift automatically.",
        effort: "M",
        impact: 4,
        achieves: ["optimal-1", "optimal-2", "optimal-3", "optimal-4"],
      },
    },
    detail: {
      criteria: {
        traditional: [
          "Production infrastructure is created and changed by hand in consoles or on servers.",
          "No declared state exists to compare the running infrastructure with.",
        ],
        initial: [
          `At least ${N.coverageInitial} of production infrastructure is defined in code held in version control.`,
          "Changes to that code are merged only after peer review.",
        ],
        advanced: [
          `At least ${N.coverageAdvanced} of production infrastructure is deployed by pipelines from version control.`,
          "Pipelines run infrastructure-as-code security or policy checks, and a failed check stops the deployment.",
          "Standing write access to production consoles is limited to break-glass and just-in-time roles.",
          `Drift between the declared and the running state is detected within ${N.driftCheck}.`,
        ],
        optimal: [
          "Production changes made outside a pipeline are denied, except through documented break-glass access.",
          "Each pipeline deploys with its own least-privilege workload identity, not personal or shared credentials.",
          "Templates and deployment artefacts are signed and their signatures are verified before deployment.",
          "Detected drift is reverted automatically or opens an incident with a named owner.",
        ],
      },
      evidence: {
        traditional: "Console audit logs dominated by manual changes; interviews.",
        initial: "Repository list mapped to production resources; branch protection settings requiring review.",
        advanced: "Pipeline definitions with the policy-check stage and a failed run; console role assignments; drift-detection schedule and last results.",
        optimal: "Cloud policy denying non-pipeline changes; pipeline identity role assignments; signature verification step; drift auto-revert or incident records.",
      },
      verify: "Source-control settings (branch protection, reviews), pipeline definitions and run history, cloud activity logs filtered to changes made by people rather than pipeline identities, and the drift-detection tool's last runs.",
      naAllowed: true,
      importance: "standard",
      group: "workload-hardening",
      prerequisites: [{ level: "advanced", question: "INF-02", atLeast: "advanced" }],
      microsoft: { pillar: "Infrastructure", scenarios: ["modernize-posture", "regulatory-compliance"], objective: "infrastructure.2" },
      dod: {
        initial: [{ capability: "3.2", level: "target" }],
        advanced: [{ capability: "3.2", level: "target" }],
        optimal: [{ capability: "3.2", level: "advanced" }],
      },
    },
  },
  {
    id: "INF-06",
    pillar: "infrastructure",
    title: "Secrets and machine credentials",
    prompt: "How are secrets, keys, certificates and service credentials for infrastructure and workloads stored, issued and rotated?",
    why: "Hard-coded passwords, long-lived access keys and unrotated certificates turn up routinely in repositories and images, and each is a standing credential an attacker can reuse.",
    levels: {
      traditional: "Secrets sit in files and code and never expire.",
      initial: "A vault is in use for new applications and half the repositories are scanned for secrets.",
      advanced: "Production workloads use the vault or managed identities, scanning blocks pushes, and static secrets rotate.",
      optimal: "Workloads use short-lived credentials issued automatically, and misuse of a credential raises an alert.",
    },
    weight: 3,
    mappings: {
      cisa: [
        { pillar: "identity", function: "Authentication" },
        { pillar: "applications", function: "Secure Application Development & Deployment Workflow" },
      ],
      nist: [6],
      dod: "User",
    },
    nextSteps: {
      traditional: {
        action: "Stand up a central secrets vault and require it for new applications, run secret scanning across at least half the repositories, and revoke or rotate every exposed credential it finds.",
        effort: "M",
        impact: 5,
        achieves: ["initial-1", "initial-2"],
      },
      initial: {
        action: `Move production workloads to the vault or to managed workload identities, turn on push protection for secrets in every repository, and rotate the static secrets that remain at least every ${N.secretRotation}.`,
        effort: "L",
        impact: 4,
        achieves: ["advanced-1", "advanced-2", "advanced-3"],
      },
      advanced: {
        action: "Replace the remaining static secrets with short-lived, automatically issued credentials, configure automatic rotation or expiry for every credential left in the vault, and alert on credential use from unexpected workloads or locations.",
        effort: "L",
        impact: 4,
        achieves: ["optimal-1", "optimal-2", "optimal-3"],
      },
    },
    detail: {
      criteria: {
        traditional: [
          "Secrets are stored in configuration files, scripts, source code or shared documents.",
          "Service-account passwords and cloud access keys have no expiry, and no count of them exists.",
        ],
        initial: [
          "A central secrets vault is in production use, and new applications must keep their secrets in it.",
          `Secret scanning runs on at least ${N.coverageInitial} of source repositories, and every secret it has found has been revoked or rotated.`,
        ],
        advanced: [
          `At least ${N.coverageAdvanced} of production workloads fetch secrets from the vault or use a managed workload identity instead of a stored secret.`,
          "Secret scanning covers every repository and blocks pushes that contain a secret.",
          `No remaining static secret or access key is older than ${N.secretRotation}.`,
        ],
        optimal: [
          `${N.coverageOptimal} of production workloads authenticate with managed identities or short-lived credentials issued automatically, with documented exceptions.`,
          "Every credential that remains in the vault has automatic rotation or expiry configured, so none depends on a manual renewal step.",
          "Use of a secret or workload credential from an unexpected workload, network or location raises an alert.",
        ],
      },
      evidence: {
        traditional: "Secret-scanning sample of repositories; list of non-expiring keys from the cloud provider.",
        initial: "Vault usage report; secret-scanning coverage and the remediation record of its findings.",
        advanced: "Workload-to-vault or managed-identity mapping; push-protection setting per repository; secret and key age report.",
        optimal: "Credential-type report per workload; certificate automation configuration and renewal history; anomaly alert rule and a sample alert.",
      },
      verify: "Secrets vault and cloud identity consoles (stored secrets, their age and consumers, managed identities per workload), the source platform's secret-scanning and push-protection reports, and the certificate management tool's issuance and expiry list.",
      naAllowed: false,
      importance: "critical",
      group: "non-human-identity",
      prerequisites: [{ level: "optimal", question: "IDN-07", atLeast: "advanced" }],
      microsoft: { pillar: "Infrastructure", scenarios: ["prevent-breach-damage", "modernize-posture"], objective: "infrastructure.2" },
      dod: {
        initial: [{ capability: "1.5", level: "target" }],
        advanced: [{ capability: "1.5", level: "target" }],
        optimal: [{ capability: "1.5", level: "advanced" }],
      },
    },
  },
  {
    id: "INF-07",
    pillar: "infrastructure",
    title: "Container and Kubernetes security",
    prompt: "How are container images, Kubernetes clusters and the workloads on them secured from build to runtime?",
    why: "A cluster puts many workloads behind one control plane. Unverified images, privileged pods and flat pod networking let a single vulnerable container reach everything else.",
    levels: {
      traditional: "Images come unscanned from public registries and cluster APIs are widely reachable.",
      initial: "Images come from a scanned private registry and cluster APIs are private.",
      advanced: "Admission policies, default-deny network policies and identity-based cluster access apply in every production cluster.",
      optimal: "Only signed images are admitted, runtime threats are blocked, and service calls are authorised per service identity.",
    },
    weight: 2,
    mappings: {
      cisa: [
        { pillar: "applications", function: "Application Threat Protections" },
        { pillar: "networks", function: "Network Segmentation" },
      ],
      nist: [2, 5, 6],
      dod: "Application & Workload",
    },
    nextSteps: {
      traditional: {
        action: "Pull images only from a private registry with vulnerability scanning, restrict cluster API servers to private endpoints, and remove shared cluster-admin credentials.",
        effort: "M",
        impact: 4,
        achieves: ["initial-1", "initial-2", "initial-3"],
      },
      initial: {
        action: "Enforce admission policies against privileged and non-compliant pods in every production cluster, apply default-deny network policies to production namespaces, and bind cluster access to the identity provider.",
        effort: "M",
        impact: 5,
        achieves: ["advanced-1", "advanced-2", "advanced-3"],
      },
      advanced: {
        action: "Verify image signatures and provenance at admission, enable runtime threat detection that stops anomalous containers, and enforce authorisation policy on calls between services based on the calling service's identity.",
        effort: "L",
        impact: 3,
        achieves: ["optimal-1", "optimal-2", "optimal-3"],
      },
    },
    detail: {
      criteria: {
        traditional: [
          "Production clusters pull images from public registries without scanning them.",
          "Cluster API servers are reachable from the internet or through shared cluster-admin credentials.",
        ],
        initial: [
          "Production clusters pull images only from a private registry that scans every image for vulnerabilities.",
          "Cluster API servers are reachable only on private endpoints or from authorised address ranges.",
          "No shared cluster-admin credential remains in use.",
        ],
        advanced: [
          "Admission policies in every production cluster reject privileged pods, host mounts and images with unfixed critical vulnerabilities.",
          "Every production namespace has a default-deny network policy with explicit allowed flows.",
          "Cluster access is granted through the identity provider with role-based access control, not static tokens or certificates.",
        ],
        optimal: [
          "Only images with a verified signature and build provenance are admitted to production clusters.",
          "Runtime detection stops or isolates a container behaving anomalously without waiting for an analyst.",
          "In every production cluster, a call between services is allowed only by an authorisation policy that names the calling service's identity.",
        ],
      },
      evidence: {
        traditional: "Pod image sources per cluster; API server endpoint configuration.",
        initial: "Registry configuration and scan results; API server access settings; cluster credential list.",
        advanced: "Admission policy set and a rejected-pod event; network policies per namespace; cluster role bindings to identity-provider groups.",
        optimal: "Signature-verification admission policy and a rejected unsigned image; runtime detection policy and a stopped-container event; service-mesh mTLS mode and authorisation policies.",
      },
      verify: "Kubernetes posture or container security console, cluster configuration (API server endpoints, admission controllers, network policies, RBAC bindings), the registry's scan results, and service-mesh policy for mutual TLS.",
      naAllowed: true,
      importance: "standard",
      group: "workload-hardening",
      prerequisites: [],
      microsoft: { pillar: "Infrastructure", scenarios: ["modernize-posture", "prevent-breach-damage"], objective: "infrastructure.6" },
      dod: {
        initial: [{ capability: "3.3", level: "target" }],
        advanced: [{ capability: "3.3", level: "target" }, { capability: "5.4", level: "target" }],
        optimal: [{ capability: "3.3", level: "target" }, { capability: "3.2", level: "advanced" }, { capability: "5.4", level: "advanced" }],
      },
    },
  },
  {
    id: "INF-09",
    pillar: "infrastructure",
    title: "Cryptographic inventory and post-quantum readiness",
    prompt: "Does the organisation know where and which cryptography it uses, and how will it move to post-quantum algorithms?",
    why: "Data captured today can be decrypted once quantum computers break RSA and elliptic-curve cryptography. Replacing algorithms takes years and is impossible without knowing where cryptography is used and being able to change it without rewriting systems.",
    levels: {
      traditional: "Nobody knows which algorithms, certificates and keys are in use.",
      initial: "Public-facing certificates and keys are inventoried and deprecated algorithms are named.",
      advanced: "Discovery covers the estate, deprecated algorithms are blocked, and a post-quantum migration plan exists.",
      optimal: "Algorithms change by configuration, priority systems use post-quantum key exchange, and purchases require it.",
    },
    weight: 2,
    mappings: {
      cisa: [
        { pillar: "networks", function: "Traffic Encryption" },
        { pillar: "data", function: "Data Encryption" },
      ],
      nist: [2],
      dod: "Data",
    },
    nextSteps: {
      traditional: {
        action: "List the certificates and keys of internet-facing services with their algorithm, key length, owner and expiry, alert owners ahead of expiry, and write a cryptographic standard naming the deprecated algorithms.",
        effort: "S",
        impact: 3,
        achieves: ["initial-1", "initial-2", "initial-3"],
      },
      initial: {
        action: "Run automated cryptographic discovery across internal services, code signing, VPNs, databases and application libraries, block or time-limit deprecated algorithms, and approve a post-quantum migration plan ordered by data lifetime and exposure.",
        effort: "L",
        impact: 4,
        achieves: ["advanced-1", "advanced-2", "advanced-3"],
      },
      advanced: {
        action: "Centralise algorithm choice in shared libraries or platform configuration, deploy hybrid post-quantum key exchange on the external services in the plan's first wave, and add post-quantum support to procurement requirements.",
        effort: "L",
        impact: 2,
        achieves: ["optimal-1", "optimal-2", "optimal-3"],
      },
    },
    detail: {
      criteria: {
        traditional: [
          "No inventory of the cryptographic algorithms, certificates and keys in use exists.",
          "Certificate expiry is discovered when a service fails.",
        ],
        initial: [
          "An inventory lists the certificates and keys of every internet-facing service with algorithm, key length, owner and expiry.",
          "Each certificate in the inventory has an owner who is alerted before it expires.",
          "A written cryptographic standard names the algorithms, key lengths and protocol versions the organisation treats as deprecated.",
        ],
        advanced: [
          `Automated discovery keeps the inventory current for at least ${N.coverageAdvanced} of systems, internal services, code signing, VPNs, databases and application libraries included.`,
          "Deprecated algorithms and protocol versions are blocked, or each remaining use has an owned exception with an expiry date.",
          "An approved post-quantum migration plan ranks systems by the lifetime of the data they protect and their exposure, with target dates.",
        ],
        optimal: [
          "Algorithms and key lengths are set in shared libraries or platform configuration, and an algorithm has been swapped on a production service without code changes.",
          "Hybrid or post-quantum key exchange (such as ML-KEM) is in use on the external services in the first wave of the migration plan.",
          "Purchases and renewals of products that use cryptography are checked for the supplier's post-quantum support.",
        ],
      },
      evidence: {
        traditional: "Interviews; incident records of certificate-expiry outages.",
        initial: "Certificate and key inventory for internet-facing services; expiry alert configuration; the cryptographic standard.",
        advanced: "Discovery tool coverage report; TLS and protocol configuration or scan showing deprecated versions refused; exception register; the approved migration plan.",
        optimal: "Crypto configuration in shared libraries or platform policy and the change record of an algorithm swap; TLS handshake captures or scanner output showing hybrid key exchange; procurement checklist.",
      },
      verify: "Certificate lifecycle or cryptographic discovery tool (inventory, algorithms, expiry), a TLS scan of internal and external endpoints for protocol versions and key-exchange groups, the cryptographic standard, the post-quantum migration plan and a sample of recent purchase records.",
      naAllowed: false,
      importance: "standard",
      group: "cryptography",
      prerequisites: [],
      microsoft: { pillar: "Network", scenarios: ["protect-sensitive-data", "regulatory-compliance", "modernize-posture"], objective: "network.6" },
      dod: {
        advanced: [{ capability: "4.5", level: "target" }],
      },
    },
  },
];
