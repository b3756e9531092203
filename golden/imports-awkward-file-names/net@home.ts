export const domain = "home.example.org";
