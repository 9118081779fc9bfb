/**
 * Planted mistakes for the hint-soundness property: a setup both sides run, the reference's solution
 * and a learner's mistaken answer. Covers the cases (a `scope link` address added plainly,
 * a route through the wrong gateway, a veth renamed) and the state a bridge, router or NAT lab sets.
 */
export interface PlantedMistake {
  name: string;
  setup: string[];
  solution: string[];
  mistake: string[];
}

const PAIR = [
  'ip netns add red',
  'ip link add v0 type veth peer name v1',
  'ip link set v1 netns red',
  'ip link set v0 up',
  'ip -n red link set v1 up',
];

const BRIDGE = [
  'ip netns add red',
  'ip link add br0 type bridge',
  'ip link set br0 up',
  'ip link add v0 type veth peer name v1',
  'ip link set v1 netns red',
  'ip link set v0 up',
  'ip -n red link set v1 up',
];

export const PLANTED_MISTAKES: PlantedMistake[] = [
  {
    name: 'a scope link address added without its scope',
    setup: PAIR,
    solution: ['ip addr add 169.254.7.1/16 dev v0 scope link'],
    mistake: ['ip addr add 169.254.7.1/16 dev v0'],
  },
  {
    name: 'a noprefixroute address added plainly',
    setup: PAIR,
    solution: ['ip addr add 10.7.0.1/24 dev v0 noprefixroute'],
    mistake: ['ip addr add 10.7.0.1/24 dev v0'],
  },
  {
    name: 'the wrong prefix length',
    setup: PAIR,
    solution: ['ip -n red addr add 10.7.0.2/24 dev v1'],
    mistake: ['ip -n red addr add 10.7.0.2/16 dev v1'],
  },
  {
    name: 'a default route through the wrong gateway ("File exists" for a plain add)',
    setup: [...PAIR, 'ip -n red addr add 10.7.0.2/24 dev v1'],
    solution: ['ip -n red route add default via 10.7.0.1'],
    mistake: ['ip -n red route add default via 10.7.0.9'],
  },
  {
    name: 'a route in the main table instead of table 100, and its rule missing',
    setup: [...PAIR, 'ip addr add 10.7.0.1/24 dev v0'],
    solution: [
      'ip route add 10.9.0.0/16 via 10.7.0.2 table 100',
      'ip rule add from 10.7.0.0/24 lookup 100 priority 100',
    ],
    mistake: ['ip route add 10.9.0.0/16 via 10.7.0.2'],
  },
  {
    name: 'a permanent neighbour with the wrong MAC',
    setup: [...PAIR, 'ip addr add 10.7.0.1/24 dev v0'],
    solution: ['ip neigh add 10.7.0.5 lladdr 02:00:00:00:00:05 dev v0 nud permanent'],
    mistake: ['ip neigh add 10.7.0.5 lladdr 02:00:00:00:00:55 dev v0 nud permanent'],
  },
  {
    name: 'a veth end renamed (renaming back, not a new pair)',
    setup: ['ip netns add red', 'ip link add v0 type veth peer name v1', 'ip link set v1 netns red'],
    solution: [],
    mistake: ['ip -n red link set v1 name v9'],
  },
  {
    name: 'an up veth end renamed (down, rename back, up)',
    setup: PAIR,
    solution: [],
    mistake: ['ip -n red link set v1 down', 'ip -n red link set v1 name v9', 'ip -n red link set v9 up'],
  },
  {
    name: 'a port not added to its bridge',
    setup: BRIDGE,
    solution: ['ip link set v0 master br0'],
    mistake: [],
  },
  {
    name: 'mtu and arp off forgotten',
    setup: PAIR,
    solution: ['ip link set v0 mtu 1400', 'ip -n red link set v1 arp off'],
    mistake: [],
  },
  {
    name: 'STP left on for the bridge',
    setup: BRIDGE,
    solution: [],
    mistake: ['ip link set br0 type bridge stp_state 1'],
  },
  {
    name: 'forwarding not turned on in the router namespace',
    setup: PAIR,
    solution: ['ip netns exec red sysctl -w net.ipv4.ip_forward=1'],
    mistake: [],
  },
  {
    name: 'MASQUERADE missing (iptables), and a stray rule',
    setup: PAIR,
    solution: ['iptables -t nat -A POSTROUTING -s 10.7.0.0/24 -o v0 -j MASQUERADE'],
    mistake: ['iptables -A FORWARD -i v0 -j DROP'],
  },
  {
    name: 'a FORWARD policy left at accept (nft)',
    setup: PAIR,
    solution: [
      'nft add table ip filter',
      "nft add chain ip filter FORWARD '{ type filter hook forward priority filter; policy drop; }'",
    ],
    mistake: [
      'nft add table ip filter',
      "nft add chain ip filter FORWARD '{ type filter hook forward priority filter; }'",
    ],
  },
];
