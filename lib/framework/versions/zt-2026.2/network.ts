import type { QuestionV2 } from "../../types";

export const networkQuestions: QuestionV2[] = [
  {
    "id": "NET-01",
    "pillar": "network",
    "title": "Network zoning and segmentation",
    "prompt": "How is the network divided into zones, and how is traffic between those zones controlled?",
    "why": "On a flat network one compromised laptop or server can reach everything. Segmentation turns lateral movement from the default into something that must be explicitly permitted.",
    "levels": {
      "traditional": "The internal network is largely flat: user devices, servers and management interfaces share broad address ranges, and firewalls sit only at the internet edge.",
      "initial": "Main zones such as user, server, DMZ and management are separated, but inter-zone rules are broad, hand-managed and rarely reviewed. Cloud virtual networks are peered with wide allow rules.",
      "advanced": "All environments, cloud included, are segmented by sensitivity and function with default-deny rules between zones. Every rule has a named owner and is reviewed at least annually, and any-to-any rules are tracked exceptions.",
      "optimal": "Segmentation policy is defined centrally as code across on-premises and cloud, derived from application dependency data, and tightened automatically as unused rules or new risks are detected."
    },
    "weight": 2,
    "mappings": {
      "cisa": [
        {
          "pillar": "networks",
          "function": "Network Segmentation"
        }
      ],
      "nist": [
        2,
        3
      ],
      "dod": "Network & Environment"
    },
    "nextSteps": {
      "traditional": {
        "action": "Split user, server and management networks into separate zones and block direct traffic from user devices to management interfaces and databases.",
        "effort": "M",
        "impact": 5,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Set inter-zone firewalls and cloud network security groups to default deny, assign an owner to every rule, and remove any-to-any rules or log them as exceptions.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Manage segmentation policy as code across on-premises and cloud, and automatically flag and retire rules that have carried no traffic for 90 days.",
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
          "The internal network is largely flat: user devices, servers and management interfaces share broad address ranges, and firewalls sit only at the internet edge.",
          "The internal network is largely flat: user devices, servers and management interfaces share broad address ranges, and firewalls sit only at the internet edge."
        ],
        "initial": [
          "Main zones such as user, server, DMZ and management are separated, but inter-zone rules are broad, hand-managed and rarely reviewed.",
          "Cloud virtual networks are peered with wide allow rules."
        ],
        "advanced": [
          "All environments, cloud included, are segmented by sensitivity and function with default-deny rules between zones.",
          "Every rule has a named owner and is reviewed at least annually, and any-to-any rules are tracked exceptions."
        ],
        "optimal": [
          "Segmentation policy is defined centrally as code across on-premises and cloud, derived from application dependency data, and tightened automatically as unused rules or new risks are detected.",
          "Segmentation policy is defined centrally as code across on-premises and cloud, derived from application dependency data, and tightened automatically as unused rules or new risks are detected."
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
      "group": "network",
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
    "id": "NET-02",
    "pillar": "network",
    "title": "Workload microsegmentation",
    "prompt": "Is east-west traffic between individual workloads restricted to the flows each application actually needs?",
    "why": "Zone-level segmentation still allows free movement inside each zone. Microsegmentation confines a compromised workload to the few connections its role requires.",
    "levels": {
      "traditional": "Any server can reach any other server in the same zone or subnet on any port. No per-workload or per-application policy exists.",
      "initial": "Host firewalls or security groups restrict a few crown-jewel applications to known flows, based on manually built dependency maps. Most workloads still talk freely within their zone.",
      "advanced": "Most production workloads have per-application allow-lists, built from observed traffic and enforced by host agents or cloud-native controls. Policy violations are logged centrally.",
      "optimal": "All workloads are isolated by policy written against workload identity or labels rather than IP addresses, new workloads receive policy at deployment, and compromised workloads are quarantined automatically."
    },
    "weight": 3,
    "mappings": {
      "cisa": [
        {
          "pillar": "networks",
          "function": "Network Segmentation"
        }
      ],
      "nist": [
        3,
        4,
        6
      ],
      "dod": "Network & Environment"
    },
    "nextSteps": {
      "traditional": {
        "action": "Map the flows of one crown-jewel application from flow logs and restrict its servers to those flows with host firewalls or security groups.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Deploy a microsegmentation or cloud-native policy tool across production, learn flows in monitor mode, then enforce per-application allow-lists.",
        "effort": "L",
        "impact": 5,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Rewrite policy in terms of workload identity and labels, attach it automatically at deployment, and connect threat detection to automated workload quarantine.",
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
          "Any server can reach any other server in the same zone or subnet on any port.",
          "No per-workload or per-application policy exists."
        ],
        "initial": [
          "Host firewalls or security groups restrict a few crown-jewel applications to known flows, based on manually built dependency maps.",
          "Most workloads still talk freely within their zone."
        ],
        "advanced": [
          "Most production workloads have per-application allow-lists, built from observed traffic and enforced by host agents or cloud-native controls.",
          "Policy violations are logged centrally."
        ],
        "optimal": [
          "All workloads are isolated by policy written against workload identity or labels rather than IP addresses, new workloads receive policy at deployment, and compromised workloads are quarantined automatically.",
          "All workloads are isolated by policy written against workload identity or labels rather than IP addresses, new workloads receive policy at deployment, and compromised workloads are quarantined automatically."
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
      "group": "network",
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
    "id": "NET-03",
    "pillar": "network",
    "title": "Identity-aware access, not VPN",
    "prompt": "How do users reach private applications: by joining the network through a VPN, or through per-application, identity-aware access?",
    "why": "A VPN puts the user on the network and trusts them with broad reach. An identity-aware proxy grants one application per session, after checking identity and device.",
    "levels": {
      "traditional": "Remote users connect through a full-tunnel VPN that grants broad network access after a password login. Users in the office are trusted because of where they are.",
      "initial": "The VPN requires MFA and some applications are published through an identity-aware proxy or ZTNA service, but the VPN remains the default path and still grants network-level access.",
      "advanced": "Most private applications are reached through per-application, identity-aware access with device compliance checks, for office and remote users alike. Remaining VPN use is limited to named exceptions with restricted routes.",
      "optimal": "All private application access is brokered per session on identity, device health and risk, re-evaluated continuously during the session. The VPN is retired and being on the internal network grants no access."
    },
    "weight": 3,
    "mappings": {
      "cisa": [
        {
          "pillar": "networks",
          "function": "Network Segmentation"
        },
        {
          "pillar": "identity",
          "function": "Access Management"
        }
      ],
      "nist": [
        2,
        3,
        4,
        6
      ],
      "dod": "Network & Environment"
    },
    "nextSteps": {
      "traditional": {
        "action": "Enforce MFA on the VPN and publish the two or three most-used internal web applications through an identity-aware proxy.",
        "effort": "S",
        "impact": 4,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Migrate the remaining private applications to per-application ZTNA with device compliance checks, route office users through it too, and limit the VPN to named exceptions.",
        "effort": "L",
        "impact": 5,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Enable continuous session evaluation so a change in risk or device state ends access mid-session, and decommission the remaining VPN gateways.",
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
          "Remote users connect through a full-tunnel VPN that grants broad network access after a password login.",
          "Users in the office are trusted because of where they are."
        ],
        "initial": [
          "The VPN requires MFA and some applications are published through an identity-aware proxy or ZTNA service, but the VPN remains the default path and still grants network-level access.",
          "The VPN requires MFA and some applications are published through an identity-aware proxy or ZTNA service, but the VPN remains the default path and still grants network-level access."
        ],
        "advanced": [
          "Most private applications are reached through per-application, identity-aware access with device compliance checks, for office and remote users alike.",
          "Remaining VPN use is limited to named exceptions with restricted routes."
        ],
        "optimal": [
          "All private application access is brokered per session on identity, device health and risk, re-evaluated continuously during the session.",
          "The VPN is retired and being on the internal network grants no access."
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
      "group": "network",
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
    "id": "NET-04",
    "pillar": "network",
    "title": "Encryption of internal traffic",
    "prompt": "Is traffic encrypted and authenticated inside the network, not only at the internet edge?",
    "why": "Treating the internal network as hostile means protecting east-west traffic as carefully as internet traffic. Plaintext internal protocols hand credentials and data to anyone with a foothold.",
    "levels": {
      "traditional": "TLS ends at the internet edge or load balancer. Internal service, database and management traffic commonly runs in plaintext, and certificates are tracked by hand.",
      "initial": "Some internal applications use TLS and legacy protocols are being phased out, but the volume of plaintext internal traffic is not measured. Certificates are issued manually and expiries cause outages.",
      "advanced": "TLS 1.2 or later is required for all internal web, API and database traffic, plaintext legacy protocols are disabled or tracked as exceptions, and certificates are issued and renewed automatically from an internal CA.",
      "optimal": "Service-to-service traffic is mutually authenticated with short-lived certificates bound to workload identity, plaintext flows are detected and blocked automatically, and cipher and protocol settings are managed centrally."
    },
    "weight": 2,
    "mappings": {
      "cisa": [
        {
          "pillar": "networks",
          "function": "Traffic Encryption"
        }
      ],
      "nist": [
        2
      ],
      "dod": "Network & Environment"
    },
    "nextSteps": {
      "traditional": {
        "action": "Identify plaintext internal protocols from flow data, enable TLS on the database and management interfaces of crown-jewel systems, and build a certificate inventory with expiry alerts.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Require TLS 1.2 or later on all internal web, API and database endpoints, disable plaintext legacy protocols, and automate certificate issuance and renewal.",
        "effort": "L",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Adopt mutual TLS with short-lived workload certificates for service-to-service traffic, and block plaintext flows that network monitoring detects.",
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
          "TLS ends at the internet edge or load balancer.",
          "Internal service, database and management traffic commonly runs in plaintext, and certificates are tracked by hand."
        ],
        "initial": [
          "Some internal applications use TLS and legacy protocols are being phased out, but the volume of plaintext internal traffic is not measured.",
          "Certificates are issued manually and expiries cause outages."
        ],
        "advanced": [
          "TLS 1.2 or later is required for all internal web, API and database traffic, plaintext legacy protocols are disabled or tracked as exceptions, and certificates are issued and renewed automatically from an internal CA.",
          "TLS 1.2 or later is required for all internal web, API and database traffic, plaintext legacy protocols are disabled or tracked as exceptions, and certificates are issued and renewed automatically from an internal CA."
        ],
        "optimal": [
          "Service-to-service traffic is mutually authenticated with short-lived certificates bound to workload identity, plaintext flows are detected and blocked automatically, and cipher and protocol settings are managed centrally.",
          "Service-to-service traffic is mutually authenticated with short-lived certificates bound to workload identity, plaintext flows are detected and blocked automatically, and cipher and protocol settings are managed centrally."
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
      "group": "network",
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
    "id": "NET-05",
    "pillar": "network",
    "title": "East-west traffic visibility",
    "prompt": "How much visibility does the organisation have into internal and encrypted network traffic, and is it used to detect threats?",
    "why": "Lateral movement, command-and-control and exfiltration all leave network traces. Without east-west and encrypted-traffic visibility, most of an intrusion happens unobserved.",
    "levels": {
      "traditional": "Monitoring is limited to the perimeter firewall. Internal and cloud network flows are not logged, and encrypted traffic is a complete blind spot.",
      "initial": "Flow logs are collected from some data-centre segments or cloud networks and consulted during investigations. Network detection covers only a few selected chokepoints.",
      "advanced": "Flow logs from all cloud networks and major internal segments reach central analytics, network detection and response covers east-west traffic, and encrypted traffic is assessed from TLS metadata or selective inspection.",
      "optimal": "Network telemetry from every environment is correlated with identity and endpoint data, encrypted traffic is analysed by fingerprint and behaviour with no known blind spots, and detections trigger automated containment."
    },
    "weight": 2,
    "mappings": {
      "cisa": [
        {
          "pillar": "networks",
          "function": "Visibility & Analytics"
        },
        {
          "pillar": "networks",
          "function": "Network Traffic Management"
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
        "action": "Enable flow logging on all cloud virtual networks and core data-centre switches and send it to the central log platform.",
        "effort": "S",
        "impact": 4,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Deploy network detection and response across east-west chokepoints and cloud networks, and add TLS metadata analysis or selective decryption for high-risk traffic.",
        "effort": "L",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Correlate network detections with identity and endpoint telemetry, and wire high-confidence detections into automated host or segment isolation.",
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
          "Monitoring is limited to the perimeter firewall.",
          "Internal and cloud network flows are not logged, and encrypted traffic is a complete blind spot."
        ],
        "initial": [
          "Flow logs are collected from some data-centre segments or cloud networks and consulted during investigations.",
          "Network detection covers only a few selected chokepoints."
        ],
        "advanced": [
          "Flow logs from all cloud networks and major internal segments reach central analytics, network detection and response covers east-west traffic, and encrypted traffic is assessed from TLS metadata or selective inspection.",
          "Flow logs from all cloud networks and major internal segments reach central analytics, network detection and response covers east-west traffic, and encrypted traffic is assessed from TLS metadata or selective inspection."
        ],
        "optimal": [
          "Network telemetry from every environment is correlated with identity and endpoint data, encrypted traffic is analysed by fingerprint and behaviour with no known blind spots, and detections trigger automated containment.",
          "Network telemetry from every environment is correlated with identity and endpoint data, encrypted traffic is analysed by fingerprint and behaviour with no known blind spots, and detections trigger automated containment."
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
      "group": "network",
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
    "id": "NET-06",
    "pillar": "network",
    "title": "DNS security and egress control",
    "prompt": "How is outbound traffic, including DNS, controlled and filtered?",
    "why": "Malware has to call home and stolen data needs a way out. Protective DNS and default-deny egress close the command-and-control and exfiltration channels that permissive outbound rules leave open.",
    "levels": {
      "traditional": "Outbound traffic may go to any destination on any port, servers can browse the internet, and DNS queries go to any resolver without filtering or logging.",
      "initial": "A web proxy or secure web gateway filters user browsing and some malicious domains are blocked. Servers and cloud workloads keep unrestricted egress, and DNS queries are not logged centrally.",
      "advanced": "All devices and workloads use protective DNS with central query logging and direct external DNS is blocked. Server and cloud egress is default-deny, with destination allow-lists managed per application.",
      "optimal": "Egress is decided per flow using identity, workload and destination risk, DNS and egress telemetry feeds detection of tunnelling and beaconing, and new threat intelligence updates blocks automatically within minutes."
    },
    "weight": 2,
    "mappings": {
      "cisa": [
        {
          "pillar": "networks",
          "function": "Network Traffic Management"
        }
      ],
      "nist": [
        4,
        7
      ],
      "dod": "Network & Environment"
    },
    "nextSteps": {
      "traditional": {
        "action": "Point all internal resolvers at a protective DNS service with query logging, and block outbound DNS to any other resolver at the firewall.",
        "effort": "S",
        "impact": 4,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Apply default-deny egress to server and cloud networks through a firewall or proxy, with per-application destination allow-lists built from current traffic.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Feed DNS and egress logs into tunnelling and beaconing detection, and automate block-list updates from threat intelligence feeds.",
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
          "Outbound traffic may go to any destination on any port, servers can browse the internet, and DNS queries go to any resolver without filtering or logging.",
          "Outbound traffic may go to any destination on any port, servers can browse the internet, and DNS queries go to any resolver without filtering or logging."
        ],
        "initial": [
          "A web proxy or secure web gateway filters user browsing and some malicious domains are blocked.",
          "Servers and cloud workloads keep unrestricted egress, and DNS queries are not logged centrally."
        ],
        "advanced": [
          "All devices and workloads use protective DNS with central query logging and direct external DNS is blocked.",
          "Server and cloud egress is default-deny, with destination allow-lists managed per application."
        ],
        "optimal": [
          "Egress is decided per flow using identity, workload and destination risk, DNS and egress telemetry feeds detection of tunnelling and beaconing, and new threat intelligence updates blocks automatically within minutes.",
          "Egress is decided per flow using identity, workload and destination risk, DNS and egress telemetry feeds detection of tunnelling and beaconing, and new threat intelligence updates blocks automatically within minutes."
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
      "group": "network",
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
    "id": "NET-07",
    "pillar": "network",
    "title": "Network resilience and DDoS",
    "prompt": "How well do critical services withstand network failures and denial-of-service attacks?",
    "why": "Zero Trust places enforcement points such as proxies and gateways in the traffic path. If they or the links behind them fail under attack or load, every service behind them goes down.",
    "levels": {
      "traditional": "Internet links, firewalls and access gateways are single points of failure for key services. There is no DDoS protection beyond the ISP's defaults and no plan for an attack.",
      "initial": "Critical internet-facing services sit behind basic DDoS protection or a CDN and some network components are redundant. Failover is manual and has not been tested under load.",
      "advanced": "All internet-facing services have always-on DDoS mitigation and a WAF, links and enforcement points (firewalls, proxies, identity-aware gateways) are redundant across sites or zones, and failover is tested at least annually.",
      "optimal": "Mitigation and capacity scale automatically with attack and demand, failover between regions or providers is automated and exercised regularly, and resilience is measured against service-level objectives."
    },
    "weight": 2,
    "mappings": {
      "cisa": [
        {
          "pillar": "networks",
          "function": "Network Resilience"
        }
      ],
      "nist": [
        5
      ],
      "dod": "Network & Environment"
    },
    "nextSteps": {
      "traditional": {
        "action": "Put the most critical internet-facing services behind a DDoS-protected CDN and agree a denial-of-service response runbook with your providers.",
        "effort": "S",
        "impact": 4,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Extend always-on DDoS protection to all internet-facing services, make firewalls and access gateways redundant across zones, and run an annual failover test.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Automate regional failover and mitigation scaling, and run regular game days that measure recovery against service-level objectives.",
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
          "Internet links, firewalls and access gateways are single points of failure for key services.",
          "There is no DDoS protection beyond the ISP's defaults and no plan for an attack."
        ],
        "initial": [
          "Critical internet-facing services sit behind basic DDoS protection or a CDN and some network components are redundant.",
          "Failover is manual and has not been tested under load."
        ],
        "advanced": [
          "All internet-facing services have always-on DDoS mitigation and a WAF, links and enforcement points (firewalls, proxies, identity-aware gateways) are redundant across sites or zones, and failover is tested at least annually.",
          "All internet-facing services have always-on DDoS mitigation and a WAF, links and enforcement points (firewalls, proxies, identity-aware gateways) are redundant across sites or zones, and failover is tested at least annually."
        ],
        "optimal": [
          "Mitigation and capacity scale automatically with attack and demand, failover between regions or providers is automated and exercised regularly, and resilience is measured against service-level objectives.",
          "Mitigation and capacity scale automatically with attack and demand, failover between regions or providers is automated and exercised regularly, and resilience is measured against service-level objectives."
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
      "group": "network",
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
    "id": "NET-08",
    "pillar": "network",
    "title": "Network admission control",
    "prompt": "What checks are made before a device is allowed onto the wired, wireless or guest network?",
    "why": "Admission control keeps unknown and non-compliant devices off the local network and places each device in the segment its identity and health justify.",
    "levels": {
      "traditional": "Any device plugged into a wall port or given the Wi-Fi key joins the corporate network. A shared pre-shared key is used, and guest traffic mixes with internal traffic.",
      "initial": "Corporate Wi-Fi uses 802.1X authentication and guests are on a separate network. Wired ports are open, and device health is not checked at admission.",
      "advanced": "Certificate-based 802.1X is enforced on wired and wireless networks at all main sites, unknown and IoT devices are placed automatically in restricted segments, and exceptions are listed with owners.",
      "optimal": "Network placement is re-evaluated continuously from device identity, compliance and behaviour, non-compliant or anomalous devices are quarantined automatically, and the office network grants no more than internet access."
    },
    "weight": 1,
    "mappings": {
      "cisa": [
        {
          "pillar": "networks",
          "function": "Network Segmentation"
        },
        {
          "pillar": "devices",
          "function": "Resource Access"
        }
      ],
      "nist": [
        4,
        5,
        6
      ],
      "dod": "Network & Environment"
    },
    "nextSteps": {
      "traditional": {
        "action": "Move corporate Wi-Fi to 802.1X with user or device certificates, and put guests on an isolated, internet-only network.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Enforce certificate-based 802.1X on wired ports at all main sites, and profile unknown and IoT devices into restricted segments automatically.",
        "effort": "L",
        "impact": 3,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Integrate admission control with device compliance and threat detection to quarantine devices dynamically, and treat office networks as untrusted, internet-equivalent access.",
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
          "Any device plugged into a wall port or given the Wi-Fi key joins the corporate network.",
          "A shared pre-shared key is used, and guest traffic mixes with internal traffic."
        ],
        "initial": [
          "Corporate Wi-Fi uses 802.1X authentication and guests are on a separate network.",
          "Wired ports are open, and device health is not checked at admission."
        ],
        "advanced": [
          "Certificate-based 802.1X is enforced on wired and wireless networks at all main sites, unknown and IoT devices are placed automatically in restricted segments, and exceptions are listed with owners.",
          "Certificate-based 802.1X is enforced on wired and wireless networks at all main sites, unknown and IoT devices are placed automatically in restricted segments, and exceptions are listed with owners."
        ],
        "optimal": [
          "Network placement is re-evaluated continuously from device identity, compliance and behaviour, non-compliant or anomalous devices are quarantined automatically, and the office network grants no more than internet access.",
          "Network placement is re-evaluated continuously from device identity, compliance and behaviour, non-compliant or anomalous devices are quarantined automatically, and the office network grants no more than internet access."
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
      "group": "network",
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
