import type { QuestionV2 } from "../../types";

export const appsQuestions: QuestionV2[] = [
  {
    "id": "APP-01",
    "pillar": "apps",
    "title": "App inventory and shadow IT",
    "prompt": "Does the organisation know every application, internal and SaaS, that staff use to handle its data, and who owns each one?",
    "why": "Applications nobody knows about escape SSO, logging and security review. Unsanctioned SaaS is where corporate data most often ends up outside every control.",
    "levels": {
      "traditional": "There is no central list of applications, or a spreadsheet covers only systems IT runs. SaaS bought by business units on expense cards is unknown to security.",
      "initial": "An application register lists IT-managed systems with owners, and a one-off review of network or expense data found some shadow SaaS. The register is updated by hand and drifts out of date within months.",
      "advanced": "Discovery from proxy, DNS, identity-provider and expense data runs continuously and feeds a catalogue recording owner, data sensitivity and SSO status per application. Newly found SaaS is triaged weekly and approved or blocked.",
      "optimal": "Every application, including SaaS, internal services and APIs, is catalogued automatically when first used or deployed, with owner, data classification and risk rating. Unsanctioned applications are blocked or restricted by policy in real time."
    },
    "weight": 2,
    "mappings": {
      "cisa": [
        {
          "pillar": "applications",
          "function": "Visibility & Analytics"
        },
        {
          "pillar": "applications",
          "function": "Governance"
        }
      ],
      "nist": [
        1,
        7
      ],
      "dod": "Application & Workload"
    },
    "nextSteps": {
      "traditional": {
        "action": "Build a register of all IT-run and known SaaS applications with a business owner and data sensitivity for each, and review one month of proxy and expense data to find unknown SaaS.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Enable continuous SaaS discovery from proxy, DNS and identity-provider logs, feed it into the application catalogue, and hold a weekly triage that sanctions or blocks each newly found application.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Register internal services and APIs automatically from deployment pipelines and cloud accounts, and enforce real-time blocking or read-only restrictions for unsanctioned SaaS at the web proxy.",
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
          "There is no central list of applications, or a spreadsheet covers only systems IT runs.",
          "SaaS bought by business units on expense cards is unknown to security."
        ],
        "initial": [
          "An application register lists IT-managed systems with owners, and a one-off review of network or expense data found some shadow SaaS.",
          "The register is updated by hand and drifts out of date within months."
        ],
        "advanced": [
          "Discovery from proxy, DNS, identity-provider and expense data runs continuously and feeds a catalogue recording owner, data sensitivity and SSO status per application.",
          "Newly found SaaS is triaged weekly and approved or blocked."
        ],
        "optimal": [
          "Every application, including SaaS, internal services and APIs, is catalogued automatically when first used or deployed, with owner, data classification and risk rating.",
          "Unsanctioned applications are blocked or restricted by policy in real time."
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
      "group": "apps",
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
    "id": "APP-02",
    "pillar": "apps",
    "title": "SSO and modern authentication",
    "prompt": "How many of the organisation's applications authenticate users through the central identity provider using modern protocols?",
    "why": "An application with its own password store sits outside MFA, conditional access and central deprovisioning. SSO integration is what lets identity policy actually reach the application.",
    "levels": {
      "traditional": "Most applications keep their own user stores or check passwords against LDAP. Each application's administrator grants access, and leavers are removed one application at a time.",
      "initial": "Major SaaS and a few internal applications use SAML or OIDC single sign-on with the identity provider. Many line-of-business and legacy applications still use local accounts or LDAP, and there is no coverage target.",
      "advanced": "All SaaS and most internal applications use SAML or OIDC with access assigned through identity-provider groups, and legacy applications sit behind an authenticating proxy. Applications outside SSO are listed with migration dates.",
      "optimal": "Every application authenticates through the identity provider, with local login disabled except for break-glass accounts. Authorisation inside applications uses claims or a central policy engine evaluated per request, not static local roles."
    },
    "weight": 3,
    "mappings": {
      "cisa": [
        {
          "pillar": "applications",
          "function": "Application Access"
        }
      ],
      "nist": [
        4,
        6
      ],
      "dod": "Application & Workload"
    },
    "nextSteps": {
      "traditional": {
        "action": "Integrate email, the collaboration suite and the ten most-used SaaS applications with the identity provider through SAML or OIDC, and disable local login wherever the application allows it.",
        "effort": "M",
        "impact": 5,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Adopt a rule that no new application goes live without SSO, migrate the remaining SaaS and internal applications, and put an authenticating proxy in front of legacy applications, tracking the rest with migration dates.",
        "effort": "L",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Disable local accounts in every application except documented break-glass accounts, and move in-application authorisation to identity claims or a central policy engine evaluated per request.",
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
          "Most applications keep their own user stores or check passwords against LDAP.",
          "Each application's administrator grants access, and leavers are removed one application at a time."
        ],
        "initial": [
          "Major SaaS and a few internal applications use SAML or OIDC single sign-on with the identity provider.",
          "Many line-of-business and legacy applications still use local accounts or LDAP, and there is no coverage target."
        ],
        "advanced": [
          "All SaaS and most internal applications use SAML or OIDC with access assigned through identity-provider groups, and legacy applications sit behind an authenticating proxy.",
          "Applications outside SSO are listed with migration dates."
        ],
        "optimal": [
          "Every application authenticates through the identity provider, with local login disabled except for break-glass accounts.",
          "Authorisation inside applications uses claims or a central policy engine evaluated per request, not static local roles."
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
      "group": "apps",
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
    "id": "APP-03",
    "pillar": "apps",
    "title": "Apps reachable without network trust",
    "prompt": "Can authorised users reach private applications securely from any network, or do the applications depend on the internal network for protection?",
    "why": "Applications that trust source IP ranges or internal network placement need a VPN and are open to anyone who gets onto the network. Publishing them through an identity-aware broker removes location as a source of trust.",
    "levels": {
      "traditional": "Internal applications are reachable only from the corporate network or VPN, and many use source IP ranges or network location as part of authentication. Being inside the network is treated as trusted.",
      "initial": "A few web applications are published through an identity-aware proxy or ZTNA broker with pre-authentication. Most applications, including non-web and legacy ones, still require the VPN and trust internal IP ranges.",
      "advanced": "Most private applications, web and non-web, are published through per-application brokered access with pre-authentication and device checks, and none uses source IP as an authentication factor. VPN-only applications have migration dates.",
      "optimal": "Every application, legacy protocols included, is reachable by authorised users from any network through per-session brokered access and accepts connections only from the broker. New applications are designed to be internet-ready."
    },
    "weight": 2,
    "mappings": {
      "cisa": [
        {
          "pillar": "applications",
          "function": "Accessible Applications"
        },
        {
          "pillar": "applications",
          "function": "Application Access"
        }
      ],
      "nist": [
        2,
        3,
        6
      ],
      "dod": "Application & Workload"
    },
    "nextSteps": {
      "traditional": {
        "action": "Publish the three most-used internal web applications through an identity-aware proxy with pre-authentication and MFA, and list every application that relies on source IP ranges as a trust signal.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Publish the remaining web and non-web private applications through per-application brokered access with device checks, remove source-IP trust from application authentication, and give each VPN-only application a migration date.",
        "effort": "L",
        "impact": 5,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Configure every application to accept connections only from the access broker, move the last legacy-protocol applications behind it, and add internet-ready access to the architecture standard for new applications.",
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
          "Internal applications are reachable only from the corporate network or VPN, and many use source IP ranges or network location as part of authentication.",
          "Being inside the network is treated as trusted."
        ],
        "initial": [
          "A few web applications are published through an identity-aware proxy or ZTNA broker with pre-authentication.",
          "Most applications, including non-web and legacy ones, still require the VPN and trust internal IP ranges."
        ],
        "advanced": [
          "Most private applications, web and non-web, are published through per-application brokered access with pre-authentication and device checks, and none uses source IP as an authentication factor.",
          "VPN-only applications have migration dates."
        ],
        "optimal": [
          "Every application, legacy protocols included, is reachable by authorised users from any network through per-session brokered access and accepts connections only from the broker.",
          "New applications are designed to be internet-ready."
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
      "group": "apps",
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
    "id": "APP-04",
    "pillar": "apps",
    "title": "Web app and API runtime protection",
    "prompt": "How are internet-facing and internal web applications and APIs protected against attack while they run?",
    "why": "Exposed applications and APIs are probed constantly, and injection and broken object-level authorisation flaws routinely lead to bulk data theft. Runtime protection contains attacks while code fixes are made.",
    "levels": {
      "traditional": "Applications and APIs are exposed directly or behind a network firewall only. No WAF or API gateway inspects traffic, and there is no list of externally exposed API endpoints.",
      "initial": "A WAF with default rule sets protects some internet-facing web applications, mostly in detection mode. APIs are exposed without a gateway or schema validation, and internal applications have no runtime protection.",
      "advanced": "All internet-facing applications and APIs sit behind a WAF or API gateway in blocking mode with authentication, rate limiting and schema validation. API endpoints are discovered automatically, and each rule exception has an owner.",
      "optimal": "Runtime protection covers internal and external applications and APIs, detects behavioural abuse such as object-level authorisation attacks and credential stuffing, blocks it automatically, and feeds findings back to developers."
    },
    "weight": 2,
    "mappings": {
      "cisa": [
        {
          "pillar": "applications",
          "function": "Application Threat Protections"
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
        "action": "Put a WAF in front of every internet-facing web application, starting in detection mode, and compile a list of all externally exposed API endpoints with their owners.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Move tuned WAF rules to blocking mode, route all external APIs through a gateway that enforces authentication, rate limits and schema validation, and turn on automatic API discovery.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Extend runtime and API protection to internal applications, add behavioural detection of business-logic and authorisation abuse, and raise confirmed findings automatically in the owning team's backlog.",
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
          "Applications and APIs are exposed directly or behind a network firewall only.",
          "No WAF or API gateway inspects traffic, and there is no list of externally exposed API endpoints."
        ],
        "initial": [
          "A WAF with default rule sets protects some internet-facing web applications, mostly in detection mode.",
          "APIs are exposed without a gateway or schema validation, and internal applications have no runtime protection."
        ],
        "advanced": [
          "All internet-facing applications and APIs sit behind a WAF or API gateway in blocking mode with authentication, rate limiting and schema validation.",
          "API endpoints are discovered automatically, and each rule exception has an owner."
        ],
        "optimal": [
          "Runtime protection covers internal and external applications and APIs, detects behavioural abuse such as object-level authorisation attacks and credential stuffing, blocks it automatically, and feeds findings back to developers.",
          "Runtime protection covers internal and external applications and APIs, detects behavioural abuse such as object-level authorisation attacks and credential stuffing, blocks it automatically, and feeds findings back to developers."
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
      "group": "apps",
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
    "id": "APP-05",
    "pillar": "apps",
    "title": "Build pipeline integrity and signing",
    "prompt": "How are source code, build pipelines and release artefacts protected so that only reviewed code reaches production?",
    "why": "A compromised build system or deployment credential lets an attacker ship malicious code under the organisation's own name. Reviewed changes, hardened pipelines and signed artefacts make tampering detectable and blockable.",
    "levels": {
      "traditional": "Developers can push directly to main branches and deploy from their own machines. Build servers are shared and long-lived, and a production release cannot be traced to a reviewed commit.",
      "initial": "Branch protection and peer review apply to some repositories, and most deployments run through a CI/CD pipeline. Pipelines use long-lived deployment credentials, and artefacts are neither signed nor verified.",
      "advanced": "All production code changes are reviewed on protected branches and deployed only by pipelines using short-lived federated credentials. Build artefacts and container images are signed, and signatures are verified before deployment.",
      "optimal": "Builds run on isolated, ephemeral runners that emit signed provenance, such as SLSA Build Level 3. Production admission rejects any unsigned or unattested artefact, and pipeline definitions are reviewed and monitored like code."
    },
    "weight": 3,
    "mappings": {
      "cisa": [
        {
          "pillar": "applications",
          "function": "Secure Application Development & Deployment Workflow"
        }
      ],
      "nist": [
        5
      ],
      "dod": "Application & Workload"
    },
    "nextSteps": {
      "traditional": {
        "action": "Turn on branch protection with mandatory peer review for production repositories, remove direct deployment rights from developer accounts, and route every production release through a CI/CD pipeline.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Replace long-lived pipeline deployment secrets with short-lived federated credentials, sign every build artefact and container image, and verify signatures in the deployment step.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Move builds to ephemeral, isolated runners that emit signed provenance attestations, and enforce admission policies that reject unattested artefacts in every production environment.",
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
          "Developers can push directly to main branches and deploy from their own machines.",
          "Build servers are shared and long-lived, and a production release cannot be traced to a reviewed commit."
        ],
        "initial": [
          "Branch protection and peer review apply to some repositories, and most deployments run through a CI/CD pipeline.",
          "Pipelines use long-lived deployment credentials, and artefacts are neither signed nor verified."
        ],
        "advanced": [
          "All production code changes are reviewed on protected branches and deployed only by pipelines using short-lived federated credentials.",
          "Build artefacts and container images are signed, and signatures are verified before deployment."
        ],
        "optimal": [
          "Builds run on isolated, ephemeral runners that emit signed provenance, such as SLSA Build Level 3.",
          "Production admission rejects any unsigned or unattested artefact, and pipeline definitions are reviewed and monitored like code."
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
      "group": "apps",
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
    "id": "APP-06",
    "pillar": "apps",
    "title": "Open-source dependencies and SBOM",
    "prompt": "Does the organisation know which third-party and open-source components are in its software, and how fast are vulnerable ones replaced?",
    "why": "Most application code is third-party components, and one vulnerable library can expose hundreds of services at once. An SBOM for every release turns 'are we affected?' from a weeks-long hunt into a query.",
    "levels": {
      "traditional": "Dependencies are chosen by individual developers and never inventoried. When a major library vulnerability is announced, teams search code by hand to find out whether they are affected.",
      "initial": "Software composition analysis runs on some repositories and reports vulnerable dependencies, but fixes have no deadline. SBOMs are not produced, or only for a few products on request.",
      "advanced": "Every production build produces an SBOM stored centrally, composition analysis blocks releases with known-exploited vulnerabilities, and dependency updates are raised automatically. Suppliers of critical software provide SBOMs.",
      "optimal": "SBOMs for built and bought software are matched continuously against vulnerability and exploitability (VEX) data, affected services are identified within an hour of a disclosure, and licence and provenance policy is enforced automatically."
    },
    "weight": 2,
    "mappings": {
      "cisa": [
        {
          "pillar": "applications",
          "function": "Secure Application Development & Deployment Workflow"
        },
        {
          "pillar": "applications",
          "function": "Application Security Testing"
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
        "action": "Enable software composition analysis on all production repositories, and agree remediation deadlines for critical and high-severity dependency vulnerabilities.",
        "effort": "S",
        "impact": 4,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Generate an SBOM in CI for every production build and store it centrally, enable automated dependency update pull requests, and block releases that contain known-exploited vulnerabilities.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Match the central SBOM store continuously against vulnerability and VEX feeds, require SBOMs from suppliers of all critical software, and enforce dependency provenance and licence policy in the pipeline.",
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
          "Dependencies are chosen by individual developers and never inventoried.",
          "When a major library vulnerability is announced, teams search code by hand to find out whether they are affected."
        ],
        "initial": [
          "Software composition analysis runs on some repositories and reports vulnerable dependencies, but fixes have no deadline.",
          "SBOMs are not produced, or only for a few products on request."
        ],
        "advanced": [
          "Every production build produces an SBOM stored centrally, composition analysis blocks releases with known-exploited vulnerabilities, and dependency updates are raised automatically.",
          "Suppliers of critical software provide SBOMs."
        ],
        "optimal": [
          "SBOMs for built and bought software are matched continuously against vulnerability and exploitability (VEX) data, affected services are identified within an hour of a disclosure, and licence and provenance policy is enforced automatically.",
          "SBOMs for built and bought software are matched continuously against vulnerability and exploitability (VEX) data, affected services are identified within an hour of a disclosure, and licence and provenance policy is enforced automatically."
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
      "group": "apps",
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
    "id": "APP-07",
    "pillar": "apps",
    "title": "Application security testing",
    "prompt": "How, and how often, are applications tested for security flaws before and after release?",
    "why": "Flaws found in design or code cost a fraction of those found by attackers in production. Testing built into every change catches them while the developer still remembers the code.",
    "levels": {
      "traditional": "Security testing is rare, usually an external penetration test before a major launch or for compliance. Findings arrive as a report, and their remediation is not tracked.",
      "initial": "Static analysis (SAST) runs in some teams' pipelines, and critical applications get an annual penetration test. Results are triaged by hand, and many findings stay open without deadlines.",
      "advanced": "SAST runs on every pull request in all production repositories, DAST runs against staging for internet-facing applications, and critical systems get risk-based penetration tests. Findings are tracked against severity-based deadlines.",
      "optimal": "Testing is continuous and risk-driven: critical systems have maintained threat models, SAST, DAST and API tests gate every release, and a bug bounty or continuous red team exercises production. Fix times are measured and recurring flaws fixed at source."
    },
    "weight": 2,
    "mappings": {
      "cisa": [
        {
          "pillar": "applications",
          "function": "Application Security Testing"
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
        "action": "Add a SAST tool to the pipelines of the five most business-critical applications, commission a penetration test of the most exposed internet-facing application, and track findings in the team backlog.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Run SAST on every pull request in all production repositories, add DAST against staging for internet-facing applications, and set severity-based remediation deadlines with monthly reporting.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Introduce threat modelling for critical systems, gate releases on SAST, DAST and API test results, and launch a bug bounty or continuous testing programme for production.",
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
          "Security testing is rare, usually an external penetration test before a major launch or for compliance.",
          "Findings arrive as a report, and their remediation is not tracked."
        ],
        "initial": [
          "Static analysis (SAST) runs in some teams' pipelines, and critical applications get an annual penetration test.",
          "Results are triaged by hand, and many findings stay open without deadlines."
        ],
        "advanced": [
          "SAST runs on every pull request in all production repositories, DAST runs against staging for internet-facing applications, and critical systems get risk-based penetration tests.",
          "Findings are tracked against severity-based deadlines."
        ],
        "optimal": [
          "Testing is continuous and risk-driven: critical systems have maintained threat models, SAST, DAST and API tests gate every release, and a bug bounty or continuous red team exercises production.",
          "Fix times are measured and recurring flaws fixed at source."
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
      "group": "apps",
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
    "id": "APP-08",
    "pillar": "apps",
    "title": "Third-party app consent",
    "prompt": "Who can grant third-party applications and integrations access to organisational data through OAuth consent, and how are those grants governed?",
    "why": "Consent phishing and over-privileged integrations give attackers persistent API access that survives password resets and MFA. Every consent grant is access that needs an owner and a review.",
    "levels": {
      "traditional": "Any user can consent to any third-party application that requests access to mail, files or calendars. Existing grants have never been reviewed, and nobody knows how many exist.",
      "initial": "User consent is limited to low-risk permissions or verified publishers, and administrators approve other requests manually. Existing grants were reviewed once, but there is no regular review or monitoring.",
      "advanced": "Consent to high-privilege scopes goes through an admin approval workflow with a risk review, every integration is inventoried with an owner, and unused or over-privileged grants are reviewed and revoked at least quarterly.",
      "optimal": "Grants are monitored continuously: new high-risk consents, unusual data access by integrations and publisher changes raise alerts, and risky grants are revoked automatically. Every grant has an owner and expires unless renewed."
    },
    "weight": 2,
    "mappings": {
      "cisa": [
        {
          "pillar": "applications",
          "function": "Application Access"
        },
        {
          "pillar": "applications",
          "function": "Application Threat Protections"
        }
      ],
      "nist": [
        4,
        6
      ],
      "dod": "Application & Workload"
    },
    "nextSteps": {
      "traditional": {
        "action": "Disable user consent for unverified publishers and high-privilege scopes, then export all existing OAuth grants and revoke those without a business need.",
        "effort": "S",
        "impact": 5,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Set up an admin consent workflow with a documented risk review, assign an owner to every integration, and schedule a quarterly revocation of unused or over-privileged grants.",
        "effort": "S",
        "impact": 3,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Deploy app governance or SaaS security monitoring that alerts on risky grants and abnormal integration activity, revokes them automatically, and expires grants their owners do not renew.",
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
          "Any user can consent to any third-party application that requests access to mail, files or calendars.",
          "Existing grants have never been reviewed, and nobody knows how many exist."
        ],
        "initial": [
          "User consent is limited to low-risk permissions or verified publishers, and administrators approve other requests manually.",
          "Existing grants were reviewed once, but there is no regular review or monitoring."
        ],
        "advanced": [
          "Consent to high-privilege scopes goes through an admin approval workflow with a risk review, every integration is inventoried with an owner, and unused or over-privileged grants are reviewed and revoked at least quarterly.",
          "Consent to high-privilege scopes goes through an admin approval workflow with a risk review, every integration is inventoried with an owner, and unused or over-privileged grants are reviewed and revoked at least quarterly."
        ],
        "optimal": [
          "Grants are monitored continuously: new high-risk consents, unusual data access by integrations and publisher changes raise alerts, and risky grants are revoked automatically.",
          "Every grant has an owner and expires unless renewed."
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
      "group": "apps",
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
