import type { QuestionV2 } from "../../types";

export const visibilityQuestions: QuestionV2[] = [
  {
    "id": "VIS-01",
    "pillar": "visibility",
    "title": "Sign-in and identity analytics",
    "prompt": "How are sign-in events and identity changes collected and analysed for signs of compromise?",
    "why": "Stolen credentials look like normal users; only analysis of sign-in patterns, impossible travel and privilege changes reveals them early.",
    "levels": {
      "traditional": "Sign-in logs stay in the identity provider with default retention. Nobody reviews them unless an incident forces a search.",
      "initial": "Identity provider sign-in and audit logs are forwarded to a central log store for some tenants. Analysts query them by hand during investigations.",
      "advanced": "Sign-in, MFA and privilege-change events from every identity provider reach the SIEM within minutes. Detection rules for password spraying, impossible travel and new admin grants raise triaged alerts.",
      "optimal": "Behavioural analytics baseline each user and service identity, and risk scores feed access decisions automatically. Detections are tested regularly and tuned from incident reviews."
    },
    "weight": 3,
    "mappings": {
      "cisa": [
        {
          "pillar": "identity",
          "function": "Visibility & Analytics"
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
        "action": "Forward sign-in and directory audit logs from the identity provider to a central store with at least 12 months' retention.",
        "effort": "S",
        "impact": 4,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Onboard every identity provider to the SIEM and write detections for password spraying, impossible travel and new privileged role grants.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Enable user and entity behaviour analytics and feed the resulting risk score into conditional access policy.",
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
          "Sign-in logs stay in the identity provider with default retention.",
          "Nobody reviews them unless an incident forces a search."
        ],
        "initial": [
          "Identity provider sign-in and audit logs are forwarded to a central log store for some tenants.",
          "Analysts query them by hand during investigations."
        ],
        "advanced": [
          "Sign-in, MFA and privilege-change events from every identity provider reach the SIEM within minutes.",
          "Detection rules for password spraying, impossible travel and new admin grants raise triaged alerts."
        ],
        "optimal": [
          "Behavioural analytics baseline each user and service identity, and risk scores feed access decisions automatically.",
          "Detections are tested regularly and tuned from incident reviews."
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
      "group": "visibility",
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
    "id": "VIS-02",
    "pillar": "visibility",
    "title": "Endpoint telemetry coverage",
    "prompt": "What share of endpoints send security telemetry to central analysis, and how quickly?",
    "why": "Attackers land on endpoints first; a device that sends no telemetry is a blind spot where they can work undisturbed.",
    "levels": {
      "traditional": "Antivirus alerts stay on each device or in a console nobody watches. There is no count of which devices report.",
      "initial": "EDR telemetry from most corporate laptops reaches a central console. Servers, mobiles and contractor devices are partly or not covered.",
      "advanced": "At least 95% of managed endpoints, servers included, stream EDR telemetry to the SIEM within minutes. Devices that stop reporting are flagged and followed up.",
      "optimal": "Every endpoint that can reach company resources reports, or is refused access. Telemetry is correlated with identity and network signals in real time."
    },
    "weight": 2,
    "mappings": {
      "cisa": [
        {
          "pillar": "devices",
          "function": "Visibility & Analytics"
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
        "action": "Centralise endpoint security alerts in one console and publish a weekly count of devices that report against the asset inventory.",
        "effort": "S",
        "impact": 4,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Extend EDR to servers, mobiles and contractor devices, stream its telemetry to the SIEM, and alert when a device stops reporting.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Make reporting telemetry a condition of access and correlate endpoint events with identity and network data in detections.",
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
          "Antivirus alerts stay on each device or in a console nobody watches.",
          "There is no count of which devices report."
        ],
        "initial": [
          "EDR telemetry from most corporate laptops reaches a central console.",
          "Servers, mobiles and contractor devices are partly or not covered."
        ],
        "advanced": [
          "At least 95% of managed endpoints, servers included, stream EDR telemetry to the SIEM within minutes.",
          "Devices that stop reporting are flagged and followed up."
        ],
        "optimal": [
          "Every endpoint that can reach company resources reports, or is refused access.",
          "Telemetry is correlated with identity and network signals in real time."
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
      "group": "visibility",
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
    "id": "VIS-03",
    "pillar": "visibility",
    "title": "Network flow and DNS visibility",
    "prompt": "How completely are network flows and DNS queries recorded and analysed?",
    "why": "Command-and-control traffic and data exfiltration cross the network; flow and DNS records are often the only evidence of how far an intruder got.",
    "levels": {
      "traditional": "Only perimeter firewall logs exist, kept for days on the device. Internal flows and DNS queries are not recorded.",
      "initial": "Flow logs are enabled for some cloud networks and DNS logs for the main resolvers. They are searched by hand after an incident.",
      "advanced": "Flow logs from data centres and all cloud networks, plus DNS logs from every resolver, reach the SIEM. Detections cover beaconing, rare domains and unusual volumes.",
      "optimal": "East-west and north-south traffic is analysed continuously against baselines, including encrypted-traffic metadata. Findings trigger containment automatically."
    },
    "weight": 2,
    "mappings": {
      "cisa": [
        {
          "pillar": "networks",
          "function": "Visibility & Analytics"
        }
      ],
      "nist": [
        7
      ],
      "dod": "Visibility & Analytics"
    },
    "nextSteps": {
      "traditional": {
        "action": "Enable flow logs on the main cloud networks and query logging on every DNS resolver, retained centrally for at least 90 days.",
        "effort": "S",
        "impact": 4,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Send flow and DNS logs from all environments to the SIEM and add detections for beaconing, newly registered domains and unusual egress volume.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Baseline normal traffic per segment and automate containment, such as quarantining a host, when flows deviate.",
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
          "Only perimeter firewall logs exist, kept for days on the device.",
          "Internal flows and DNS queries are not recorded."
        ],
        "initial": [
          "Flow logs are enabled for some cloud networks and DNS logs for the main resolvers.",
          "They are searched by hand after an incident."
        ],
        "advanced": [
          "Flow logs from data centres and all cloud networks, plus DNS logs from every resolver, reach the SIEM.",
          "Detections cover beaconing, rare domains and unusual volumes."
        ],
        "optimal": [
          "East-west and north-south traffic is analysed continuously against baselines, including encrypted-traffic metadata.",
          "Findings trigger containment automatically."
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
      "group": "visibility",
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
    "id": "VIS-04",
    "pillar": "visibility",
    "title": "Application and API logging",
    "prompt": "Do your applications and APIs produce security-relevant logs that are analysed centrally?",
    "why": "Abuse of business logic, broken access control and credential stuffing are only visible in application logs, not in infrastructure ones.",
    "levels": {
      "traditional": "Applications log for debugging, if at all. Authentication failures and access denials are not recorded in a consistent way.",
      "initial": "A few critical applications log sign-ins and errors to a central store. Formats differ, and nobody owns detections on them.",
      "advanced": "A logging standard covers authentication, authorisation failures and sensitive actions with user, request id and outcome. Critical apps and API gateways feed the SIEM with maintained detections.",
      "optimal": "All applications and APIs follow the standard, which is checked in CI. Application signals are correlated with identity and device context, and anomalies adjust access in real time."
    },
    "weight": 2,
    "mappings": {
      "cisa": [
        {
          "pillar": "applications",
          "function": "Visibility & Analytics"
        }
      ],
      "nist": [
        5,
        7
      ],
      "dod": "Application & Workload"
    },
    "nextSteps": {
      "traditional": {
        "action": "Define a security logging standard (authentication, access denied, admin actions, request id) and apply it to the three most critical applications.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Route logs from critical applications and API gateways to the SIEM and write detections for credential stuffing and authorisation failures.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Check the logging standard automatically in CI for every service and feed application anomalies into access decisions.",
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
          "Applications log for debugging, if at all.",
          "Authentication failures and access denials are not recorded in a consistent way."
        ],
        "initial": [
          "A few critical applications log sign-ins and errors to a central store.",
          "Formats differ, and nobody owns detections on them."
        ],
        "advanced": [
          "A logging standard covers authentication, authorisation failures and sensitive actions with user, request id and outcome.",
          "Critical apps and API gateways feed the SIEM with maintained detections."
        ],
        "optimal": [
          "All applications and APIs follow the standard, which is checked in CI.",
          "Application signals are correlated with identity and device context, and anomalies adjust access in real time."
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
      "group": "visibility",
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
    "id": "VIS-05",
    "pillar": "visibility",
    "title": "Security data retention and correlation",
    "prompt": "How long is security data kept, and can analysts correlate events across pillars in one place?",
    "why": "Intrusions are often discovered months later; without retained, correlated data across identities, devices and data stores the scope of a breach cannot be established.",
    "levels": {
      "traditional": "Each tool keeps its own logs for its default period, often under 30 days. Investigations stitch data together by hand.",
      "initial": "A central log platform holds most sources for 90 days. Correlation across sources depends on individual analysts' queries.",
      "advanced": "Security data from all pillars, including access to sensitive data stores, is kept for at least 12 months with integrity protection. Shared entities (user, device, IP) link events across sources.",
      "optimal": "Retention follows a documented policy per data type and regulation. Correlated timelines across pillars are built automatically for every incident and drive detection improvements."
    },
    "weight": 2,
    "mappings": {
      "cisa": [
        {
          "pillar": "data",
          "function": "Visibility & Analytics"
        },
        {
          "pillar": "identity",
          "function": "Visibility & Analytics"
        }
      ],
      "nist": [
        7
      ],
      "dod": "Visibility & Analytics"
    },
    "nextSteps": {
      "traditional": {
        "action": "Collect the logs of identity, endpoint and firewall tools in one platform and set at least 90 days' retention.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Extend retention to 12 months with tamper protection, add data-store access logs, and normalise user, device and IP fields across sources.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Write a retention policy per data type and build automatic cross-pillar incident timelines in the SIEM.",
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
          "Each tool keeps its own logs for its default period, often under 30 days.",
          "Investigations stitch data together by hand."
        ],
        "initial": [
          "A central log platform holds most sources for 90 days.",
          "Correlation across sources depends on individual analysts' queries."
        ],
        "advanced": [
          "Security data from all pillars, including access to sensitive data stores, is kept for at least 12 months with integrity protection.",
          "Shared entities (user, device, IP) link events across sources."
        ],
        "optimal": [
          "Retention follows a documented policy per data type and regulation.",
          "Correlated timelines across pillars are built automatically for every incident and drive detection improvements."
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
      "group": "visibility",
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
