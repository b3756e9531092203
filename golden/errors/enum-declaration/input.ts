// Refuses enums (TSNIX1126).
enum Proto {
  Tcp,
  Udp,
}
export default { p: Proto.Tcp };
