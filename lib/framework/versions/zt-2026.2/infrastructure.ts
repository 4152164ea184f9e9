import type { QuestionV2 } from "../../types";

export const infrastructureQuestions: QuestionV2[] = [
  {
    "id": "INF-01",
    "pillar": "infrastructure",
    "title": "Server and workload hardening",
    "prompt": "How are servers, virtual machines and cloud workloads built to, and kept at, a hardened configuration baseline?",
    "why": "Default and drifted configurations (open management ports, legacy protocols, missing patches) are the routine way attackers gain and widen a foothold in infrastructure.",
    "levels": {
      "traditional": "Servers are built by hand or from old images and no hardening baseline is agreed. Patch and configuration state are checked only when an audit or incident demands it.",
      "initial": "A hardening baseline such as the CIS benchmarks is defined and applied to new builds or some server groups. Compliance is measured by periodic manual scans, and monthly patching has frequent exceptions.",
      "advanced": "All production servers and cloud VMs are built from hardened golden images and governed by central policy, compliance is measured continuously, critical patches land within an agreed window, and deviations are owned exceptions.",
      "optimal": "Non-compliant workloads are remediated or blocked automatically, servers are rebuilt from current images rather than patched in place, and compliance state is a condition for granting access to them."
    },
    "weight": 2,
    "mappings": {
      "cisa": [
        {
          "pillar": "devices",
          "function": "Policy Enforcement & Compliance Monitoring"
        }
      ],
      "nist": [
        5
      ],
      "dod": "Application & Workload"
    },
    "nextSteps": {
      "traditional": {
        "action": "Adopt a recognised hardening benchmark for each production server operating system and run a compliance scan across production to measure the gap.",
        "effort": "S",
        "impact": 3,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Build hardened golden images for every production OS, enforce the baseline through the server and cloud management tools, and record each deviation as an owned exception.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Automate remediation of baseline drift, rebuild workloads from patched images on a fixed cadence, and make compliance state a condition of administrative access.",
        "effort": "L",
        "impact": 3,
        "achieves": [
          "optimal-1",
          "optimal-2"
        ]
      }
    },
    "detail": {
      "criteria": {
        "traditional": [
          "Servers are built by hand or from old images and no hardening baseline is agreed.",
          "Patch and configuration state are checked only when an audit or incident demands it."
        ],
        "initial": [
          "A hardening baseline such as the CIS benchmarks is defined and applied to new builds or some server groups.",
          "Compliance is measured by periodic manual scans, and monthly patching has frequent exceptions."
        ],
        "advanced": [
          "All production servers and cloud VMs are built from hardened golden images and governed by central policy, compliance is measured continuously, critical patches land within an agreed window, and deviations are owned exceptions.",
          "All production servers and cloud VMs are built from hardened golden images and governed by central policy, compliance is measured continuously, critical patches land within an agreed window, and deviations are owned exceptions."
        ],
        "optimal": [
          "Non-compliant workloads are remediated or blocked automatically, servers are rebuilt from current images rather than patched in place, and compliance state is a condition for granting access to them.",
          "Non-compliant workloads are remediated or blocked automatically, servers are rebuilt from current images rather than patched in place, and compliance state is a condition for granting access to them."
        ]
      },
      "evidence": {
        "traditional": "TODO",
        "initial": "TODO",
        "advanced": "TODO",
        "optimal": "TODO"
      },
      "verify": "TODO",
      "naAllowed": true,
      "importance": "standard",
      "group": "infrastructure",
      "prerequisites": [],
      "microsoft": {
        "pillar": "Identity",
        "scenarios": [
          "modernize-posture"
        ],
        "objective": "identity.1"
      },
      "dod": {}
    }
  },
  {
    "id": "INF-02",
    "pillar": "infrastructure",
    "title": "Just-in-time admin access",
    "prompt": "How do administrators obtain privileged access to servers, hypervisors and cloud control planes?",
    "why": "Standing administrator rights and permanently open management ports give attackers a direct route to the whole estate. Time-bound, approved elevation shrinks that window from years to minutes.",
    "levels": {
      "traditional": "Administrators hold permanent admin rights and use shared or local admin accounts. RDP and SSH are reachable across the internal network or from the internet, and admin sessions are not recorded.",
      "initial": "Named admin accounts separate from daily-use accounts exist and a vault holds some shared credentials. Standing cloud owner and domain admin roles remain, and just-in-time access covers only a few systems.",
      "advanced": "Privileged roles on all production subscriptions and server estates are granted just in time with approval and MFA. Management ports open only on request, and admin sessions pass through a recording bastion.",
      "optimal": "No standing privileged access exists. Elevation is per session, scoped to a specific resource and task, checked against user risk and device compliance, and revoked and reviewed automatically after use."
    },
    "weight": 3,
    "mappings": {
      "cisa": [
        {
          "pillar": "identity",
          "function": "Access Management"
        }
      ],
      "nist": [
        3,
        6
      ],
      "dod": "User"
    },
    "nextSteps": {
      "traditional": {
        "action": "Create separate named admin accounts with phishing-resistant MFA, retire shared admin credentials, and close RDP and SSH exposure to the internet.",
        "effort": "M",
        "impact": 5,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Convert standing cloud owner, domain admin and server admin roles into just-in-time eligible assignments with approval, and route admin sessions through a recording bastion.",
        "effort": "M",
        "impact": 5,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Scope elevation to individual resources and tasks, require a compliant privileged access workstation, and revoke elevation automatically when user risk rises.",
        "effort": "L",
        "impact": 4,
        "achieves": [
          "optimal-1",
          "optimal-2"
        ]
      }
    },
    "detail": {
      "criteria": {
        "traditional": [
          "Administrators hold permanent admin rights and use shared or local admin accounts.",
          "RDP and SSH are reachable across the internal network or from the internet, and admin sessions are not recorded."
        ],
        "initial": [
          "Named admin accounts separate from daily-use accounts exist and a vault holds some shared credentials.",
          "Standing cloud owner and domain admin roles remain, and just-in-time access covers only a few systems."
        ],
        "advanced": [
          "Privileged roles on all production subscriptions and server estates are granted just in time with approval and MFA.",
          "Management ports open only on request, and admin sessions pass through a recording bastion."
        ],
        "optimal": [
          "No standing privileged access exists.",
          "Elevation is per session, scoped to a specific resource and task, checked against user risk and device compliance, and revoked and reviewed automatically after use."
        ]
      },
      "evidence": {
        "traditional": "TODO",
        "initial": "TODO",
        "advanced": "TODO",
        "optimal": "TODO"
      },
      "verify": "TODO",
      "naAllowed": true,
      "importance": "critical",
      "group": "infrastructure",
      "prerequisites": [],
      "microsoft": {
        "pillar": "Identity",
        "scenarios": [
          "modernize-posture"
        ],
        "objective": "identity.1"
      },
      "dod": {}
    }
  },
  {
    "id": "INF-03",
    "pillar": "infrastructure",
    "title": "Workload threat detection",
    "prompt": "How are threats detected on servers, containers and cloud resources, and how quickly can they be contained?",
    "why": "Infrastructure hosts the most valuable systems and is where attackers move laterally. Without workload telemetry and detection, a compromise can run unnoticed for months.",
    "levels": {
      "traditional": "Antivirus runs on some servers. Cloud control-plane logs and container activity are not collected, and compromises are found through user reports or outages.",
      "initial": "EDR or a cloud workload protection agent runs on some servers and cloud activity logs are kept for some subscriptions. Alerts are reviewed manually during business hours.",
      "advanced": "Workload protection covers all production servers, VMs and container hosts, control-plane logs from every subscription reach the SIEM, and alerts are triaged around the clock with documented containment actions.",
      "optimal": "Detections correlate host, container, identity and control-plane telemetry. Automated playbooks isolate hosts, stop containers or revoke credentials within minutes, and workloads missing telemetry are flagged automatically."
    },
    "weight": 2,
    "mappings": {
      "cisa": [
        {
          "pillar": "devices",
          "function": "Device Threat Protection"
        },
        {
          "pillar": "devices",
          "function": "Visibility & Analytics"
        }
      ],
      "nist": [
        5,
        7
      ],
      "dod": "Device"
    },
    "nextSteps": {
      "traditional": {
        "action": "Deploy EDR or a workload protection agent to all internet-facing and crown-jewel servers, and enable control-plane activity logging in every cloud subscription.",
        "effort": "M",
        "impact": 5,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Extend workload protection to all production servers and container hosts, forward control-plane logs from every subscription to the SIEM, and set up 24x7 alert triage.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Build automated containment playbooks for host isolation, container termination and credential revocation, and alert on any production workload that stops sending telemetry.",
        "effort": "M",
        "impact": 3,
        "achieves": [
          "optimal-1",
          "optimal-2"
        ]
      }
    },
    "detail": {
      "criteria": {
        "traditional": [
          "Antivirus runs on some servers.",
          "Cloud control-plane logs and container activity are not collected, and compromises are found through user reports or outages."
        ],
        "initial": [
          "EDR or a cloud workload protection agent runs on some servers and cloud activity logs are kept for some subscriptions.",
          "Alerts are reviewed manually during business hours."
        ],
        "advanced": [
          "Workload protection covers all production servers, VMs and container hosts, control-plane logs from every subscription reach the SIEM, and alerts are triaged around the clock with documented containment actions.",
          "Workload protection covers all production servers, VMs and container hosts, control-plane logs from every subscription reach the SIEM, and alerts are triaged around the clock with documented containment actions."
        ],
        "optimal": [
          "Detections correlate host, container, identity and control-plane telemetry.",
          "Automated playbooks isolate hosts, stop containers or revoke credentials within minutes, and workloads missing telemetry are flagged automatically."
        ]
      },
      "evidence": {
        "traditional": "TODO",
        "initial": "TODO",
        "advanced": "TODO",
        "optimal": "TODO"
      },
      "verify": "TODO",
      "naAllowed": true,
      "importance": "standard",
      "group": "infrastructure",
      "prerequisites": [],
      "microsoft": {
        "pillar": "Identity",
        "scenarios": [
          "modernize-posture"
        ],
        "objective": "identity.1"
      },
      "dod": {}
    }
  },
  {
    "id": "INF-04",
    "pillar": "infrastructure",
    "title": "Cloud security posture management",
    "prompt": "How does the organisation find and fix misconfigurations across its cloud subscriptions, accounts and projects?",
    "why": "Public storage, permissive network rules and over-privileged identities in cloud accounts are among the commonest causes of breach, and they appear faster than manual review can catch them.",
    "levels": {
      "traditional": "Cloud configuration is checked manually, if at all. No complete list of subscriptions or accounts exists, and misconfigurations are found by outsiders or auditors.",
      "initial": "A CSPM tool or the provider's native secure score is enabled on some subscriptions. Findings are reviewed periodically, but nobody owns them and most stay open.",
      "advanced": "CSPM covers every subscription, account and project across all providers. Findings are routed to named owners with deadlines by severity, and exceptions are approved and time-bound.",
      "optimal": "Guardrail policies stop high-risk misconfigurations at creation, recurring findings are remediated automatically, and attack-path analysis continuously prioritises the rest, with posture trends reported to leadership."
    },
    "weight": 2,
    "mappings": {
      "cisa": [
        {
          "pillar": "devices",
          "function": "Policy Enforcement & Compliance Monitoring"
        },
        {
          "pillar": "devices",
          "function": "Asset & Supply Chain Risk Management"
        }
      ],
      "nist": [
        5,
        7
      ],
      "dod": "Visibility & Analytics"
    },
    "nextSteps": {
      "traditional": {
        "action": "Inventory all cloud subscriptions and accounts, bring them under a central management hierarchy, and enable the provider's native posture assessment on each.",
        "effort": "S",
        "impact": 4,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Extend CSPM to every subscription and provider, assign each finding to a resource owner through mandatory tags, and set remediation deadlines by severity.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Deploy deny policies for high-risk configurations such as public storage and internet-exposed management ports, and auto-remediate the most frequent findings.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "optimal-1",
          "optimal-2"
        ]
      }
    },
    "detail": {
      "criteria": {
        "traditional": [
          "Cloud configuration is checked manually, if at all.",
          "No complete list of subscriptions or accounts exists, and misconfigurations are found by outsiders or auditors."
        ],
        "initial": [
          "A CSPM tool or the provider's native secure score is enabled on some subscriptions.",
          "Findings are reviewed periodically, but nobody owns them and most stay open."
        ],
        "advanced": [
          "CSPM covers every subscription, account and project across all providers.",
          "Findings are routed to named owners with deadlines by severity, and exceptions are approved and time-bound."
        ],
        "optimal": [
          "Guardrail policies stop high-risk misconfigurations at creation, recurring findings are remediated automatically, and attack-path analysis continuously prioritises the rest, with posture trends reported to leadership.",
          "Guardrail policies stop high-risk misconfigurations at creation, recurring findings are remediated automatically, and attack-path analysis continuously prioritises the rest, with posture trends reported to leadership."
        ]
      },
      "evidence": {
        "traditional": "TODO",
        "initial": "TODO",
        "advanced": "TODO",
        "optimal": "TODO"
      },
      "verify": "TODO",
      "naAllowed": true,
      "importance": "standard",
      "group": "infrastructure",
      "prerequisites": [],
      "microsoft": {
        "pillar": "Identity",
        "scenarios": [
          "modernize-posture"
        ],
        "objective": "identity.1"
      },
      "dod": {}
    }
  },
  {
    "id": "INF-05",
    "pillar": "infrastructure",
    "title": "Infrastructure as code and drift",
    "prompt": "Is infrastructure defined, reviewed and deployed as code, and how is drift from that code detected?",
    "why": "Infrastructure defined as code makes every change reviewable, testable and repeatable. Drift detection exposes the manual or malicious changes that review never saw.",
    "levels": {
      "traditional": "Infrastructure is built and changed by hand in consoles or on servers. Change records are manual and the running state is never compared with a defined state.",
      "initial": "Some environments or new projects use infrastructure-as-code templates, but console changes in production are routine, pipelines have no security checks, and drift is not measured.",
      "advanced": "All production infrastructure is deployed by pipelines from version control with peer review and policy-as-code checks. Standing console write access is restricted, and drift is detected and reported at least daily.",
      "optimal": "Pipelines are the only path for production change, using signed artefacts and least-privilege deployment identities. Drift is detected in near real time and reverted or escalated automatically."
    },
    "weight": 2,
    "mappings": {
      "cisa": [
        {
          "pillar": "applications",
          "function": "Secure Application Development & Deployment Workflow"
        },
        {
          "pillar": "devices",
          "function": "Policy Enforcement & Compliance Monitoring"
        }
      ],
      "nist": [
        5
      ],
      "dod": "Automation & Orchestration"
    },
    "nextSteps": {
      "traditional": {
        "action": "Codify one production environment in an infrastructure-as-code tool, store it in version control, and require pull-request review for every change to it.",
        "effort": "M",
        "impact": 3,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Move all production deployments into pipelines with policy-as-code security scanning, remove standing console write access, and schedule daily drift detection.",
        "effort": "L",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Make pipelines the sole change path using dedicated workload identities, sign pipeline artefacts, and revert or escalate detected drift automatically.",
        "effort": "M",
        "impact": 3,
        "achieves": [
          "optimal-1",
          "optimal-2"
        ]
      }
    },
    "detail": {
      "criteria": {
        "traditional": [
          "Infrastructure is built and changed by hand in consoles or on servers.",
          "Change records are manual and the running state is never compared with a defined state."
        ],
        "initial": [
          "Some environments or new projects use infrastructure-as-code templates, but console changes in production are routine, pipelines have no security checks, and drift is not measured.",
          "Some environments or new projects use infrastructure-as-code templates, but console changes in production are routine, pipelines have no security checks, and drift is not measured."
        ],
        "advanced": [
          "All production infrastructure is deployed by pipelines from version control with peer review and policy-as-code checks.",
          "Standing console write access is restricted, and drift is detected and reported at least daily."
        ],
        "optimal": [
          "Pipelines are the only path for production change, using signed artefacts and least-privilege deployment identities.",
          "Drift is detected in near real time and reverted or escalated automatically."
        ]
      },
      "evidence": {
        "traditional": "TODO",
        "initial": "TODO",
        "advanced": "TODO",
        "optimal": "TODO"
      },
      "verify": "TODO",
      "naAllowed": true,
      "importance": "standard",
      "group": "infrastructure",
      "prerequisites": [],
      "microsoft": {
        "pillar": "Identity",
        "scenarios": [
          "modernize-posture"
        ],
        "objective": "identity.1"
      },
      "dod": {}
    }
  },
  {
    "id": "INF-06",
    "pillar": "infrastructure",
    "title": "Secrets and machine credentials",
    "prompt": "How are secrets, keys, certificates and service credentials for infrastructure and workloads stored, issued and rotated?",
    "why": "Hard-coded passwords, long-lived access keys and unrotated certificates turn up routinely in repositories and images, and each is a standing credential an attacker can reuse.",
    "levels": {
      "traditional": "Secrets live in configuration files, scripts, source code or spreadsheets. Service account passwords and cloud access keys never expire, and nobody knows how many exist.",
      "initial": "A secrets vault exists and some new applications use it, and some repositories are scanned for secrets. Long-lived keys and embedded credentials remain widespread in older systems.",
      "advanced": "Production workloads fetch secrets from a central vault or use managed workload identities, secret scanning blocks commits across all repositories, and the remaining static secrets rotate on a defined schedule.",
      "optimal": "Workloads authenticate with short-lived credentials and certificates issued automatically to their workload identity. Static secrets are eliminated or rotated automatically, and use of a secret outside its expected context raises an alert."
    },
    "weight": 3,
    "mappings": {
      "cisa": [
        {
          "pillar": "identity",
          "function": "Authentication"
        },
        {
          "pillar": "applications",
          "function": "Secure Application Development & Deployment Workflow"
        }
      ],
      "nist": [
        6
      ],
      "dod": "Application & Workload"
    },
    "nextSteps": {
      "traditional": {
        "action": "Run secret scanning across all source repositories, revoke and rotate every exposed credential it finds, and stand up a central vault for new secrets.",
        "effort": "M",
        "impact": 5,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Migrate production workloads to the vault or to managed workload identities, block commits containing secrets in all repositories, and set rotation periods for the static secrets that remain.",
        "effort": "L",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Replace the remaining static secrets with short-lived, automatically issued credentials and certificates, and alert on secret use from unexpected workloads or locations.",
        "effort": "L",
        "impact": 3,
        "achieves": [
          "optimal-1",
          "optimal-2"
        ]
      }
    },
    "detail": {
      "criteria": {
        "traditional": [
          "Secrets live in configuration files, scripts, source code or spreadsheets.",
          "Service account passwords and cloud access keys never expire, and nobody knows how many exist."
        ],
        "initial": [
          "A secrets vault exists and some new applications use it, and some repositories are scanned for secrets.",
          "Long-lived keys and embedded credentials remain widespread in older systems."
        ],
        "advanced": [
          "Production workloads fetch secrets from a central vault or use managed workload identities, secret scanning blocks commits across all repositories, and the remaining static secrets rotate on a defined schedule.",
          "Production workloads fetch secrets from a central vault or use managed workload identities, secret scanning blocks commits across all repositories, and the remaining static secrets rotate on a defined schedule."
        ],
        "optimal": [
          "Workloads authenticate with short-lived credentials and certificates issued automatically to their workload identity.",
          "Static secrets are eliminated or rotated automatically, and use of a secret outside its expected context raises an alert."
        ]
      },
      "evidence": {
        "traditional": "TODO",
        "initial": "TODO",
        "advanced": "TODO",
        "optimal": "TODO"
      },
      "verify": "TODO",
      "naAllowed": true,
      "importance": "critical",
      "group": "infrastructure",
      "prerequisites": [],
      "microsoft": {
        "pillar": "Identity",
        "scenarios": [
          "modernize-posture"
        ],
        "objective": "identity.1"
      },
      "dod": {}
    }
  },
  {
    "id": "INF-07",
    "pillar": "infrastructure",
    "title": "Container and Kubernetes security",
    "prompt": "How are container images, Kubernetes clusters and the workloads on them secured from build to runtime?",
    "why": "A cluster puts many workloads behind one control plane. Unverified images, privileged pods and flat pod networking let a single vulnerable container reach everything else.",
    "levels": {
      "traditional": "Images are pulled from public registries without scanning, cluster API servers are publicly reachable with broad admin access, and pods run privileged with no network policies.",
      "initial": "A private registry is used and images are scanned in some pipelines. Admission controls and network policies exist in a few clusters, and cluster admin access remains broad.",
      "advanced": "All clusters pull only scanned images from trusted registries, admission policies reject privileged and non-compliant pods, production namespaces have default-deny network policies, and cluster access uses identity-provider RBAC.",
      "optimal": "Only signed images with verified provenance are admitted, runtime detection stops anomalous container behaviour automatically, and service-to-service calls are authenticated with mutual TLS and authorised per request."
    },
    "weight": 2,
    "mappings": {
      "cisa": [
        {
          "pillar": "applications",
          "function": "Application Threat Protections"
        },
        {
          "pillar": "networks",
          "function": "Network Segmentation"
        }
      ],
      "nist": [
        4,
        5,
        6
      ],
      "dod": "Application & Workload"
    },
    "nextSteps": {
      "traditional": {
        "action": "Pull images only from a private registry with vulnerability scanning, restrict API servers to private endpoints, and remove shared cluster admin credentials.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Enforce admission policies against privileged and non-compliant pods in every cluster, apply default-deny network policies to production namespaces, and bind cluster RBAC to the identity provider.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Verify image signatures and provenance at admission, enable runtime threat detection with automated pod containment, and adopt mutual TLS with per-service authorisation.",
        "effort": "L",
        "impact": 3,
        "achieves": [
          "optimal-1",
          "optimal-2"
        ]
      }
    },
    "detail": {
      "criteria": {
        "traditional": [
          "Images are pulled from public registries without scanning, cluster API servers are publicly reachable with broad admin access, and pods run privileged with no network policies.",
          "Images are pulled from public registries without scanning, cluster API servers are publicly reachable with broad admin access, and pods run privileged with no network policies."
        ],
        "initial": [
          "A private registry is used and images are scanned in some pipelines.",
          "Admission controls and network policies exist in a few clusters, and cluster admin access remains broad."
        ],
        "advanced": [
          "All clusters pull only scanned images from trusted registries, admission policies reject privileged and non-compliant pods, production namespaces have default-deny network policies, and cluster access uses identity-provider RBAC.",
          "All clusters pull only scanned images from trusted registries, admission policies reject privileged and non-compliant pods, production namespaces have default-deny network policies, and cluster access uses identity-provider RBAC."
        ],
        "optimal": [
          "Only signed images with verified provenance are admitted, runtime detection stops anomalous container behaviour automatically, and service-to-service calls are authenticated with mutual TLS and authorised per request.",
          "Only signed images with verified provenance are admitted, runtime detection stops anomalous container behaviour automatically, and service-to-service calls are authenticated with mutual TLS and authorised per request."
        ]
      },
      "evidence": {
        "traditional": "TODO",
        "initial": "TODO",
        "advanced": "TODO",
        "optimal": "TODO"
      },
      "verify": "TODO",
      "naAllowed": true,
      "importance": "standard",
      "group": "infrastructure",
      "prerequisites": [],
      "microsoft": {
        "pillar": "Identity",
        "scenarios": [
          "modernize-posture"
        ],
        "objective": "identity.1"
      },
      "dod": {}
    }
  },
  {
    "id": "INF-08",
    "pillar": "infrastructure",
    "title": "Immutable and isolated backups",
    "prompt": "Are infrastructure backups protected against deletion or encryption by an attacker who holds administrator rights?",
    "why": "Ransomware operators go after backups first. Immutability and separate administrative control are what let a backup survive a full domain or cloud tenant compromise.",
    "levels": {
      "traditional": "Backups are written to storage reachable with the same domain or cloud admin accounts as production, without immutability. Deleting or encrypting them needs no additional step.",
      "initial": "Some backups are copied offsite or to tape, or immutability is enabled for a few critical systems. Backup consoles still use production identities, and whole-system recovery is rarely tested.",
      "advanced": "Backups of all production servers, databases and cloud configuration are immutable for a set retention period, held in a separate tenant or vault with dedicated MFA-protected admin identities, and deletion attempts raise alerts.",
      "optimal": "Backups are logically air-gapped, retention changes need multi-party approval, restore points are scanned for malware and integrity, and clean-room recovery of whole environments is rehearsed against target recovery times."
    },
    "weight": 2,
    "mappings": {
      "cisa": [
        {
          "pillar": "data",
          "function": "Data Availability"
        }
      ],
      "nist": [
        5
      ],
      "dod": "Data"
    },
    "nextSteps": {
      "traditional": {
        "action": "Enable immutable (write-once) retention on the backup target for crown-jewel systems and move backup administration to dedicated accounts with MFA.",
        "effort": "S",
        "impact": 5,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Extend immutable retention to all production workloads and cloud configuration, isolate backups in a separate tenant or vault, and alert on deletion or retention changes.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Require multi-party approval for retention changes, scan restore points before use, and rehearse a clean-room recovery of a complete business service twice a year.",
        "effort": "L",
        "impact": 3,
        "achieves": [
          "optimal-1",
          "optimal-2"
        ]
      }
    },
    "detail": {
      "criteria": {
        "traditional": [
          "Backups are written to storage reachable with the same domain or cloud admin accounts as production, without immutability.",
          "Deleting or encrypting them needs no additional step."
        ],
        "initial": [
          "Some backups are copied offsite or to tape, or immutability is enabled for a few critical systems.",
          "Backup consoles still use production identities, and whole-system recovery is rarely tested."
        ],
        "advanced": [
          "Backups of all production servers, databases and cloud configuration are immutable for a set retention period, held in a separate tenant or vault with dedicated MFA-protected admin identities, and deletion attempts raise alerts.",
          "Backups of all production servers, databases and cloud configuration are immutable for a set retention period, held in a separate tenant or vault with dedicated MFA-protected admin identities, and deletion attempts raise alerts."
        ],
        "optimal": [
          "Backups are logically air-gapped, retention changes need multi-party approval, restore points are scanned for malware and integrity, and clean-room recovery of whole environments is rehearsed against target recovery times.",
          "Backups are logically air-gapped, retention changes need multi-party approval, restore points are scanned for malware and integrity, and clean-room recovery of whole environments is rehearsed against target recovery times."
        ]
      },
      "evidence": {
        "traditional": "TODO",
        "initial": "TODO",
        "advanced": "TODO",
        "optimal": "TODO"
      },
      "verify": "TODO",
      "naAllowed": true,
      "importance": "standard",
      "group": "infrastructure",
      "prerequisites": [],
      "microsoft": {
        "pillar": "Identity",
        "scenarios": [
          "modernize-posture"
        ],
        "objective": "identity.1"
      },
      "dod": {}
    }
  }
];
