/**
 * Load-balancing strategies shared by load balancers and client-side pickers: round robin,
 * weighted round robin, random, least connections, power of two choices and consistent hashing on
 * a ring with virtual nodes. Plain deterministic state, no kernel types.
 */
package dsw.simulation.balancing;
