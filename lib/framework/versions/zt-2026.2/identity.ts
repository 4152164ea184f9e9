import type { QuestionV2 } from "../../types";

export const identityQuestions: QuestionV2[] = [
  {
    "id": "IDN-01",
    "pillar": "identity",
    "title": "Phishing-resistant MFA",
    "prompt": "How do workforce users prove their identity when they sign in to enterprise applications and data?",
    "why": "Passwords, SMS codes and push approvals can all be phished or relayed in real time. Only factors bound to the genuine sign-in origin, such as FIDO2 keys, passkeys and smart cards, defeat adversary-in-the-middle attacks.",
    "levels": {
      "traditional": "Most sign-ins rely on a password alone. MFA, where it exists, covers only the VPN or a handful of applications and uses SMS, voice or email codes.",
      "initial": "MFA is required for all workforce accounts at the identity provider, mostly through push, one-time codes or SMS. Phishing-resistant factors are used only by some administrators, and legacy protocols that bypass MFA remain enabled.",
      "advanced": "All administrators and high-risk roles must use phishing-resistant factors and most other staff have enrolled one. Legacy authentication is blocked, and SMS or voice is allowed only as a tracked exception.",
      "optimal": "Every workforce sign-in, including account recovery and new-device enrolment, uses a phishing-resistant factor. Passwords are removed or unusable for nearly all users, and any fallback to a weaker method is time-limited and alerted."
    },
    "weight": 3,
    "mappings": {
      "cisa": [
        {
          "pillar": "identity",
          "function": "Authentication"
        }
      ],
      "nist": [
        4,
        6
      ],
      "dod": "User"
    },
    "nextSteps": {
      "traditional": {
        "action": "Require MFA for every workforce account at the identity provider, starting with email and remote access, and disable legacy authentication protocols that cannot prompt for it.",
        "effort": "M",
        "impact": 5,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Enrol all administrators in FIDO2 security keys or platform passkeys, enforce a phishing-resistant authentication strength for privileged roles, and block SMS and voice for them.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Roll out passkeys or platform authenticators to all remaining staff, protect account recovery with verified identity proofing, and disable password sign-in for enrolled users.",
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
          "Most sign-ins rely on a password alone.",
          "MFA, where it exists, covers only the VPN or a handful of applications and uses SMS, voice or email codes."
        ],
        "initial": [
          "MFA is required for all workforce accounts at the identity provider, mostly through push, one-time codes or SMS.",
          "Phishing-resistant factors are used only by some administrators, and legacy protocols that bypass MFA remain enabled."
        ],
        "advanced": [
          "All administrators and high-risk roles must use phishing-resistant factors and most other staff have enrolled one.",
          "Legacy authentication is blocked, and SMS or voice is allowed only as a tracked exception."
        ],
        "optimal": [
          "Every workforce sign-in, including account recovery and new-device enrolment, uses a phishing-resistant factor.",
          "Passwords are removed or unusable for nearly all users, and any fallback to a weaker method is time-limited and alerted."
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
      "group": "identity",
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
    "id": "IDN-02",
    "pillar": "identity",
    "title": "Authoritative identity store",
    "prompt": "How many separate stores hold workforce identities, and which one is authoritative for authentication?",
    "why": "Every extra directory or local account database is another place where MFA, policy and deprovisioning must be repeated. The store that gets forgotten becomes the way in.",
    "levels": {
      "traditional": "Identities are spread across several directories and local account databases inside individual applications, with no agreed authoritative source. Nobody can say how many accounts each person has.",
      "initial": "One directory or cloud identity provider is named as authoritative and is synchronised from HR for employees. Contractors, acquired business units and many applications still keep separate local accounts.",
      "advanced": "All workforce identities, contractors included, are mastered in one identity provider fed from HR and supplier records. Remaining local application accounts are inventoried, owned and tracked as exceptions with a retirement date.",
      "optimal": "A single identity plane serves every workforce and partner authentication, with no local accounts outside documented break-glass cases. Orphaned and duplicate accounts are detected and reconciled automatically within a day."
    },
    "weight": 2,
    "mappings": {
      "cisa": [
        {
          "pillar": "identity",
          "function": "Identity Stores"
        }
      ],
      "nist": [
        6,
        7
      ],
      "dod": "User"
    },
    "nextSteps": {
      "traditional": {
        "action": "Designate one directory or identity provider as authoritative, connect it to the HR system for employees, and list every other store that holds workforce accounts.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Onboard contractors and acquired business units into the authoritative identity provider, and replace local application accounts with federated sign-in, recording those that cannot move yet as owned exceptions.",
        "effort": "L",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Run automated daily reconciliation between the identity provider, HR records and application account lists, and retire the remaining local accounts except documented break-glass credentials.",
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
          "Identities are spread across several directories and local account databases inside individual applications, with no agreed authoritative source.",
          "Nobody can say how many accounts each person has."
        ],
        "initial": [
          "One directory or cloud identity provider is named as authoritative and is synchronised from HR for employees.",
          "Contractors, acquired business units and many applications still keep separate local accounts."
        ],
        "advanced": [
          "All workforce identities, contractors included, are mastered in one identity provider fed from HR and supplier records.",
          "Remaining local application accounts are inventoried, owned and tracked as exceptions with a retirement date."
        ],
        "optimal": [
          "A single identity plane serves every workforce and partner authentication, with no local accounts outside documented break-glass cases.",
          "Orphaned and duplicate accounts are detected and reconciled automatically within a day."
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
      "group": "identity",
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
    "id": "IDN-03",
    "pillar": "identity",
    "title": "Joiner-mover-leaver lifecycle",
    "prompt": "When people join, change role or leave, how are their accounts and access created, adjusted and removed?",
    "why": "Manual provisioning leaves leavers with working accounts and lets movers accumulate access they no longer need. Both are standing risk that no sign-in control will catch.",
    "levels": {
      "traditional": "Accounts are created and removed through tickets or emails to IT, often days or weeks late. Role changes add access but rarely remove it, and leavers' accounts are found during audits.",
      "initial": "HR-driven provisioning creates and disables employee accounts in the main directory automatically. Application access is still granted by manual request, movers keep prior access, and contractor leavers depend on managers telling IT.",
      "advanced": "HR and supplier events drive automatic provisioning into most applications through SCIM or connectors, with role-based birthright access. Leavers lose all access within hours, and a mover's previous access is removed or re-approved.",
      "optimal": "Lifecycle is event-driven for every identity type and connected application: access follows role changes within minutes, unused entitlements are removed automatically, and an urgent termination revokes sessions and tokens everywhere at once."
    },
    "weight": 2,
    "mappings": {
      "cisa": [
        {
          "pillar": "identity",
          "function": "Identity Stores"
        },
        {
          "pillar": "identity",
          "function": "Automation & Orchestration"
        }
      ],
      "nist": [
        6
      ],
      "dod": "User"
    },
    "nextSteps": {
      "traditional": {
        "action": "Connect the HR system to the primary directory so that hires create accounts and terminations disable them automatically, and run a one-off sweep to disable accounts of people who have left.",
        "effort": "M",
        "impact": 5,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Define role-based birthright access, enable SCIM or connector provisioning for the 20 most-used applications, and make role changes remove access tied to the previous role.",
        "effort": "L",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Extend event-driven provisioning to every connected application and non-employee identity type, remove entitlements unused for 90 days automatically, and build a one-step termination that revokes all sessions and refresh tokens.",
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
          "Accounts are created and removed through tickets or emails to IT, often days or weeks late.",
          "Role changes add access but rarely remove it, and leavers' accounts are found during audits."
        ],
        "initial": [
          "HR-driven provisioning creates and disables employee accounts in the main directory automatically.",
          "Application access is still granted by manual request, movers keep prior access, and contractor leavers depend on managers telling IT."
        ],
        "advanced": [
          "HR and supplier events drive automatic provisioning into most applications through SCIM or connectors, with role-based birthright access.",
          "Leavers lose all access within hours, and a mover's previous access is removed or re-approved."
        ],
        "optimal": [
          "Lifecycle is event-driven for every identity type and connected application: access follows role changes within minutes, unused entitlements are removed automatically, and an urgent termination revokes sessions and tokens everywhere at once.",
          "Lifecycle is event-driven for every identity type and connected application: access follows role changes within minutes, unused entitlements are removed automatically, and an urgent termination revokes sessions and tokens everywhere at once."
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
      "group": "identity",
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
    "id": "IDN-04",
    "pillar": "identity",
    "title": "Privileged identity roles",
    "prompt": "How are administrative roles in the identity provider, the directory and SaaS admin consoles assigned, activated and reviewed?",
    "why": "Whoever controls the identity plane controls every resource behind it. A standing global or domain administrator role turns one compromised account into a full tenant takeover.",
    "levels": {
      "traditional": "Directory, identity-provider and SaaS admin roles are permanently assigned, often to everyday user accounts, and there is no complete list of who holds them. Admin activity is not reviewed.",
      "initial": "Privileged roles are held by separate admin accounts with MFA and are listed in a register. Most assignments are still permanent, and membership is reviewed by hand once a year or less.",
      "advanced": "Tier-0 roles such as identity-provider and directory administrators are eligible-only, activated just in time with approval and phishing-resistant MFA. Only break-glass accounts hold permanent roles, and membership is reviewed quarterly.",
      "optimal": "No one holds a standing privileged role in any identity or SaaS admin plane. Activation is per task, lasts hours, requires a privileged access workstation and low user risk, and anomalous activations are alerted automatically."
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
        "action": "Inventory every holder of identity-provider, directory and SaaS admin roles, move each role to a separate admin account with MFA, and create two monitored break-glass accounts.",
        "effort": "S",
        "impact": 5,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Convert tier-0 directory and identity-provider role assignments to just-in-time eligibility with approval and phishing-resistant MFA, and schedule quarterly recertification of every admin role.",
        "effort": "M",
        "impact": 5,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Extend just-in-time activation to every SaaS admin console, require a privileged access workstation to activate, and alert automatically on activations outside the holder's normal pattern.",
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
          "Directory, identity-provider and SaaS admin roles are permanently assigned, often to everyday user accounts, and there is no complete list of who holds them.",
          "Admin activity is not reviewed."
        ],
        "initial": [
          "Privileged roles are held by separate admin accounts with MFA and are listed in a register.",
          "Most assignments are still permanent, and membership is reviewed by hand once a year or less."
        ],
        "advanced": [
          "Tier-0 roles such as identity-provider and directory administrators are eligible-only, activated just in time with approval and phishing-resistant MFA.",
          "Only break-glass accounts hold permanent roles, and membership is reviewed quarterly."
        ],
        "optimal": [
          "No one holds a standing privileged role in any identity or SaaS admin plane.",
          "Activation is per task, lasts hours, requires a privileged access workstation and low user risk, and anomalous activations are alerted automatically."
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
      "group": "identity",
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
    "id": "IDN-05",
    "pillar": "identity",
    "title": "Risk-based conditional access",
    "prompt": "Do sign-in decisions take account of user and sign-in risk, or is every valid credential treated the same?",
    "why": "A correct password and MFA approval from an anonymising proxy in the middle of the night should not get the same answer as a routine sign-in. Risk signals let policy step up, restrict or block before an attacker gets in.",
    "levels": {
      "traditional": "Access depends only on valid credentials, sometimes with an IP allow-list. Risky sign-ins such as impossible travel or leaked credentials are not detected, or are noticed only in later log reviews.",
      "initial": "The identity provider calculates user and sign-in risk, and a few static rules exist, such as blocking certain countries. Risk detections raise alerts that analysts triage by hand, and they do not change access automatically.",
      "advanced": "Conditional access enforces step-up MFA, a secure password reset or a block at medium and high risk for all users and all applications on the identity provider. Policy exclusions are documented and reviewed.",
      "optimal": "Each access request is scored on identity, device, location, behaviour and threat intelligence signals, including EDR and SIEM detections. Policy responds automatically to the score, and outcomes are analysed to tune thresholds."
    },
    "weight": 2,
    "mappings": {
      "cisa": [
        {
          "pillar": "identity",
          "function": "Risk Assessments"
        },
        {
          "pillar": "identity",
          "function": "Access Management"
        }
      ],
      "nist": [
        4,
        6,
        7
      ],
      "dod": "User"
    },
    "nextSteps": {
      "traditional": {
        "action": "Enable the identity provider's user and sign-in risk detections, stream them to the security operations team, and block legacy authentication and sign-ins from countries where the organisation does not operate.",
        "effort": "S",
        "impact": 4,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Create conditional access policies that require step-up MFA at medium sign-in risk and block or force a secure password reset at high user risk, applied to all users with documented exclusions.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Feed EDR, SIEM and insider-risk signals into the policy engine so device and behavioural risk adjust access in real time, and review policy outcomes monthly to tune thresholds.",
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
          "Access depends only on valid credentials, sometimes with an IP allow-list.",
          "Risky sign-ins such as impossible travel or leaked credentials are not detected, or are noticed only in later log reviews."
        ],
        "initial": [
          "The identity provider calculates user and sign-in risk, and a few static rules exist, such as blocking certain countries.",
          "Risk detections raise alerts that analysts triage by hand, and they do not change access automatically."
        ],
        "advanced": [
          "Conditional access enforces step-up MFA, a secure password reset or a block at medium and high risk for all users and all applications on the identity provider.",
          "Policy exclusions are documented and reviewed."
        ],
        "optimal": [
          "Each access request is scored on identity, device, location, behaviour and threat intelligence signals, including EDR and SIEM detections.",
          "Policy responds automatically to the score, and outcomes are analysed to tune thresholds."
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
      "group": "identity",
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
    "id": "IDN-06",
    "pillar": "identity",
    "title": "Session lifetime and re-evaluation",
    "prompt": "Once a user has signed in, how long does the session last, and what happens to it when risk or circumstances change?",
    "why": "Stolen session cookies and tokens are the prize in most modern account takeovers. If a disabled account or a stolen token keeps working for hours, strong sign-in controls are simply bypassed.",
    "levels": {
      "traditional": "Sessions and refresh tokens keep default lifetimes of days or weeks, and disabling an account does not end its active sessions. Users re-authenticate only when a session happens to expire.",
      "initial": "Shorter session lifetimes apply to administrators and a few sensitive applications, and sessions are revoked by hand during incidents. Most applications honour long-lived tokens until they expire.",
      "advanced": "Session lifetime and sign-in frequency are set by policy for each application sensitivity tier. Disabling an account or resetting its password revokes sessions in major applications within minutes, and token-theft alerts trigger revocation.",
      "optimal": "Sessions are re-evaluated continuously: a change in user risk, device compliance, location or role ends or restricts access in near real time across integrated applications, and tokens are bound to the device that obtained them."
    },
    "weight": 2,
    "mappings": {
      "cisa": [
        {
          "pillar": "identity",
          "function": "Authentication"
        },
        {
          "pillar": "identity",
          "function": "Access Management"
        }
      ],
      "nist": [
        3,
        4,
        6
      ],
      "dod": "User"
    },
    "nextSteps": {
      "traditional": {
        "action": "Set sign-in frequency and session lifetime policies for administrators and sensitive applications, and write a runbook for revoking every session and refresh token of a compromised account.",
        "effort": "S",
        "impact": 4,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Apply session lifetime policies by sensitivity tier across all integrated applications, and automate session and token revocation when an account is disabled, its password is reset or a token-theft alert fires.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Enable continuous access evaluation and token binding in the applications that support them, and pass device compliance and risk changes to those applications so access ends mid-session.",
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
          "Sessions and refresh tokens keep default lifetimes of days or weeks, and disabling an account does not end its active sessions.",
          "Users re-authenticate only when a session happens to expire."
        ],
        "initial": [
          "Shorter session lifetimes apply to administrators and a few sensitive applications, and sessions are revoked by hand during incidents.",
          "Most applications honour long-lived tokens until they expire."
        ],
        "advanced": [
          "Session lifetime and sign-in frequency are set by policy for each application sensitivity tier.",
          "Disabling an account or resetting its password revokes sessions in major applications within minutes, and token-theft alerts trigger revocation."
        ],
        "optimal": [
          "Sessions are re-evaluated continuously: a change in user risk, device compliance, location or role ends or restricts access in near real time across integrated applications, and tokens are bound to the device that obtained them.",
          "Sessions are re-evaluated continuously: a change in user risk, device compliance, location or role ends or restricts access in near real time across integrated applications, and tokens are bound to the device that obtained them."
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
      "group": "identity",
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
    "id": "IDN-07",
    "pillar": "identity",
    "title": "Non-human identities",
    "prompt": "How are service accounts, application registrations, bots and other non-human identities inventoried, owned and kept to least privilege?",
    "why": "Non-human identities usually outnumber people, hold broad permanent permissions and sit outside MFA and access reviews. That makes them a favoured route for persistence and lateral movement.",
    "levels": {
      "traditional": "Service accounts are created ad hoc, often as ordinary user accounts with passwords that never change and broad admin rights. There is no inventory, and most have no named owner.",
      "initial": "Service accounts and application registrations in the main directory are listed with an owner in a spreadsheet or CMDB, and some have moved to managed identity types. Permissions are rarely reviewed and many are excessive.",
      "advanced": "Non-human identities across the directory and cloud platforms are inventoried automatically with an owner and purpose. Interactive sign-in is blocked for them, permissions are reviewed twice a year, and ownerless ones are disabled.",
      "optimal": "Every workload identity's permissions are right-sized automatically from observed use, conditional policies limit where each may authenticate from, and behaviour outside its baseline is detected and contained automatically."
    },
    "weight": 2,
    "mappings": {
      "cisa": [
        {
          "pillar": "identity",
          "function": "Identity Stores"
        },
        {
          "pillar": "identity",
          "function": "Access Management"
        }
      ],
      "nist": [
        4,
        6
      ],
      "dod": "User"
    },
    "nextSteps": {
      "traditional": {
        "action": "Export every service account and application registration from the directory and cloud platforms, assign a named owner to each, and disable those nobody claims after a notice period.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Automate the non-human identity inventory across the directory and cloud platforms, block interactive sign-in for service accounts, and run a twice-yearly permission review that removes unused rights.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Right-size workload identity permissions automatically from usage data, restrict each identity to its expected source workloads or networks with conditional policies, and alert on deviations from its baseline.",
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
          "Service accounts are created ad hoc, often as ordinary user accounts with passwords that never change and broad admin rights.",
          "There is no inventory, and most have no named owner."
        ],
        "initial": [
          "Service accounts and application registrations in the main directory are listed with an owner in a spreadsheet or CMDB, and some have moved to managed identity types.",
          "Permissions are rarely reviewed and many are excessive."
        ],
        "advanced": [
          "Non-human identities across the directory and cloud platforms are inventoried automatically with an owner and purpose.",
          "Interactive sign-in is blocked for them, permissions are reviewed twice a year, and ownerless ones are disabled."
        ],
        "optimal": [
          "Every workload identity's permissions are right-sized automatically from observed use, conditional policies limit where each may authenticate from, and behaviour outside its baseline is detected and contained automatically.",
          "Every workload identity's permissions are right-sized automatically from observed use, conditional policies limit where each may authenticate from, and behaviour outside its baseline is detected and contained automatically."
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
      "group": "identity",
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
    "id": "IDN-08",
    "pillar": "identity",
    "title": "Partner and guest identities",
    "prompt": "How do partners, suppliers and other external users get access to enterprise resources, and how is that access governed over time?",
    "why": "External users sit outside HR-driven lifecycle, so their accounts tend to outlive the relationship. Unmanaged guest access is a common path for supply-chain compromise.",
    "levels": {
      "traditional": "External users get accounts in the internal directory or use shared credentials, created on request and rarely removed. Nobody tracks which external people can access what.",
      "initial": "External users are invited as guests or federated from their home organisation for some applications, with MFA required. Guest accounts have no sponsor or expiry date, and reviews are occasional.",
      "advanced": "All external access uses federation or guest accounts with a named internal sponsor, MFA and a default expiry. Sponsors review guest access at least quarterly, and inactive guests are removed automatically.",
      "optimal": "External access is granted through time-bound access packages tied to a contract or project, the partner's MFA and device claims are evaluated per session, and access ends automatically when the relationship ends."
    },
    "weight": 1,
    "mappings": {
      "cisa": [
        {
          "pillar": "identity",
          "function": "Identity Stores"
        },
        {
          "pillar": "identity",
          "function": "Access Management"
        }
      ],
      "nist": [
        3,
        4,
        6
      ],
      "dod": "User"
    },
    "nextSteps": {
      "traditional": {
        "action": "Move external users off shared and internal-directory accounts onto guest or federated identities with MFA, and list every external account with its internal sponsor.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Require a named sponsor and a default 90-day expiry for every guest, schedule quarterly sponsor reviews, and remove guests inactive for 60 days automatically.",
        "effort": "S",
        "impact": 3,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Grant external access only through time-bound access packages linked to contracts or projects, and configure cross-organisation trust so partner MFA and device compliance are evaluated per session.",
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
          "External users get accounts in the internal directory or use shared credentials, created on request and rarely removed.",
          "Nobody tracks which external people can access what."
        ],
        "initial": [
          "External users are invited as guests or federated from their home organisation for some applications, with MFA required.",
          "Guest accounts have no sponsor or expiry date, and reviews are occasional."
        ],
        "advanced": [
          "All external access uses federation or guest accounts with a named internal sponsor, MFA and a default expiry.",
          "Sponsors review guest access at least quarterly, and inactive guests are removed automatically."
        ],
        "optimal": [
          "External access is granted through time-bound access packages tied to a contract or project, the partner's MFA and device claims are evaluated per session, and access ends automatically when the relationship ends.",
          "External access is granted through time-bound access packages tied to a contract or project, the partner's MFA and device claims are evaluated per session, and access ends automatically when the relationship ends."
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
      "group": "identity",
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
