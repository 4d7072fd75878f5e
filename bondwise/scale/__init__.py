"""Running Bondwise as several Rasa servers: the lock store, the cluster, the balancer."""
