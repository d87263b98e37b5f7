/**
 * The standard handlers that make a drawn topology carry traffic: clients, load balancers and
 * gateways, services, data stores, queues and simple responders. Each is a small deterministic
 * state machine over sealed messages and timers.
 */
package dsw.simulation.behavior;
